import { describe, expect, it } from 'vitest';
import { localeOf } from '../../tools/fake-i18n';
import { confirmationText } from '../../../lib/capture/confirmation-text';
import type { CaptureReply } from '../../../lib/model/capture-reply';
import type { t as Translate } from '../../../lib/i18n/translate';

/** The module's t over one locale's real messages: the code the extension runs, a fake getMessage under it. */
async function withChrome<T>(locale: string, run: (t: typeof Translate) => T): Promise<T> {
  return run((await localeOf(locale)).t);
}

/** The background's reply: it parsed the cells, so it says how many were not values, and the period it filed. */
const reply = (agents: number, metrics: number, snapshotAgents = agents, warnings = 0): Extract<CaptureReply, { ok: true }> => ({
  ok: true,
  captureId: 1,
  agents,
  benchmarks: 0,
  metrics,
  snapshotAgents,
  warnings,
  period: { start: '2026-11-20', end: '2026-11-20', guessed: false },
});

describe('English plurals', () => {
  it('the capture toast says 1 agent and 5 agents', async () => {
    await withChrome('en', (t) => {
      expect(confirmationText(reply(1, 1, 1, 1), t)).toBe('Saved 1 agent · 1 metric · 2026-11-20 · 1 cell not recognised');
      expect(confirmationText(reply(5, 9, 5, 2), t)).toBe('Saved 5 agents · 9 metrics · 2026-11-20 · 2 cells not recognised');
      expect(confirmationText(reply(1, 9, 23, 0), t)).toBe('Saved 1 agent (23 in this table and period) · 9 metrics · 2026-11-20');
    });
  });

  it('counts with other substitutions, and counted words inside a sentence', async () => {
    await withChrome('en', (t) => {
      expect(t('schemeSaved', 1, ['售前', 1])).toBe('Saved "售前" with 1 version.');
      expect(t('schemeSaved', 3, ['售前', 3])).toBe('Saved "售前" with 3 versions.');
      expect(t('importReportNeedsPeriod', 1)).toBe('1 table still needs a period before you can import.');
      expect(t('importReportNeedsPeriod', 2)).toBe('2 tables still need a period before you can import.');
      expect(t('importDoneBackup', ['a.json', t('countValues', 1), t('countCaptureLogEntries', 2)])).toBe('Imported backup a.json: 1 value, 2 capture log entries.');
      expect(t('importReportSummary', [t('countFiles', 1), t('countTables', 1), t('countValues', 12345, ['12,345'])])).toBe('1 file, 1 table to import, 12,345 values in all.');
      expect(t('importReportAndMore', 1)).toBe('and 1 more');
    });
  });

  it('Chinese text is what it was: one form, the count in place', async () => {
    await withChrome('zh_CN', (t) => {
      expect(confirmationText(reply(1, 9, 23, 2), t)).toBe('已保存 1 位客服（本表本周期共 23 位） · 9 项指标 · 2026-11-20 · 2 个单元格无法识别');
      expect(t('importDoneBackup', ['a.json', t('countValues', 1), t('countCaptureLogEntries', 2)])).toBe('已导入备份 a.json：1 条数值，2 条抓取记录。');
      expect(t('spCoverageSummary', [t('countWeeks', 12), t('countDays', 80), t('countDays', 4)])).toBe('近 12 周：已采集 80 天，缺 4 天。');
      expect(t('importReportSummary', [t('countFiles', 2), t('countTables', 3), t('countValues', 12345, ['12,345'])])).toBe('2 个文件，可导入 3 张表，共 12,345 条数值。');
      expect(t('importReportAndMore', 7)).toBe('等');
    });
  });
});
