import { worded } from '../support/words';
import { describe, expect, it, beforeEach } from 'vitest';
import { setUiLocale } from '../support/ui-locale';
import { parseCaptureMessage } from '../../../lib/messages/capture-message';
import type { Capture } from '../../../lib/model/capture-types';
import { makeCapture } from '../db/make-capture';

// These tests read the messages as an English-language browser shows them.
beforeEach(() => setUiLocale('en'));

function message(capture: unknown): unknown {
  return { type: 'capture', capture };
}

/** The error text of a message that must be refused. */
function refusal(raw: unknown): string {
  const result = parseCaptureMessage(raw);
  if (result.ok) throw new Error('expected the message to be refused');
  return result.error;
}

function withCapture(edit: (c: Capture) => void): unknown {
  const c = makeCapture();
  edit(c);
  return message(c);
}

describe('parseCaptureMessage', () => {
  it('accepts a real-looking capture and returns it unchanged', () => {
    const capture = makeCapture({
      headerTexts: { reply_rate: '旺旺回复率', avg_response_time: '平均响应(秒)' },
      warnings: [{ row: '旗舰店:阿强', metric: 'avg_response_time', text: '延迟统计', reason: 'missing marker' }],
    });
    const result = parseCaptureMessage(message(capture));
    expect(result).toEqual({ ok: true, capture });
  });

  it('accepts a capture that names the columns it left out, and returns them unchanged', () => {
    const capture = makeCapture({
      leftOut: [
        { header: '序号', reason: 'not_a_metric' },
        { header: '延询单人数', reason: 'unrecognised' },
        { header: '回复率(%)', reason: 'duplicate_metric', metricId: 'reply_rate', keptHeader: '旺旺回复率' },
      ],
    });
    expect(parseCaptureMessage(message(capture))).toEqual({ ok: true, capture });
  });

  it('accepts a 366-day period (a leap year) and a guessed period', () => {
    expect(parseCaptureMessage(withCapture((c) => (c.period = { start: '2024-01-01', end: '2024-12-31', guessed: false, evidence: '' }))).ok).toBe(true);
    expect(parseCaptureMessage(withCapture((c) => (c.period = { start: '2026-11-19', end: '2026-11-19', guessed: true, evidence: '' }))).ok).toBe(true);
  });

  it.each([
    ['not an object', null, '(root)'],
    ['a string', 'capture', '(root)'],
    ['another message type', { type: 'settings', capture: makeCapture() }, 'type'],
    ['no capture', { type: 'capture' }, 'capture'],
    ['an extra key', { type: 'capture', capture: makeCapture(), extra: 1 }, 'unknown fields: extra'],
  ])('refuses %s', (_name, raw, expected) => {
    expect(refusal(raw)).toContain(expected);
  });

  it.each([
    ['an impossible date', (c: Capture) => (c.period.start = '2026-02-29'), 'capture.period.start: invalid ISO date "2026-02-29"'],
    ['a non-ISO date', (c: Capture) => (c.period.end = '2026/11/20'), 'capture.period.end: invalid ISO date "2026/11/20"'],
    ['start after end', (c: Capture) => Object.assign(c.period, { start: '2026-11-21', end: '2026-11-20' }), 'capture.period.end: start 2026-11-21 is after end 2026-11-20'],
    ['a 367-day period', (c: Capture) => Object.assign(c.period, { start: '2025-01-01', end: '2026-01-02' }), 'capture.period.end: period of 367 days exceeds 366 days'],
    ['an unknown metric', (c: Capture) => (c.metrics = ['reply_rate', 'reply_ratio']), 'capture.metrics[1]: unknown metric id "reply_ratio"'],
    ['a repeated metric', (c: Capture) => c.metrics.push('reply_rate'), 'capture.metrics[3]: duplicate metric "reply_rate"'],
    ['a value for a metric not in metrics', (c: Capture) => (c.rows[1]!.values.refund_rate = 1), 'capture.rows[1].values.refund_rate: not one of metrics'],
    ['an unknown row kind', (c: Capture) => ((c.rows[2] as { kind: string }).kind = 'average'), 'capture.rows[2].kind'],
    ['an empty label', (c: Capture) => (c.rows[0]!.label = ''), 'capture.rows[0].label'],
    ['an untrimmed label', (c: Capture) => (c.rows[0]!.label = ' 小美 '), 'capture.rows[0].label: label " 小美 " is not trimmed'],
    ['a 201-character label', (c: Capture) => (c.rows[0]!.label = '客'.repeat(201)), 'capture.rows[0].label: at most 200 characters'],
    ['a repeated label', (c: Capture) => (c.rows[1]!.label = c.rows[0]!.label), 'capture.rows[1].label: duplicate row "旗舰店:小美"'],
    ['Infinity', (c: Capture) => (c.rows[0]!.values.reply_rate = Infinity), 'capture.rows[0].values.reply_rate'],
    ['NaN', (c: Capture) => (c.rows[0]!.values.reply_rate = NaN), 'capture.rows[0].values.reply_rate'],
    ['a number as text', (c: Capture) => ((c.rows[0]!.values as Record<string, unknown>).reply_rate = '96.1%'), 'capture.rows[0].values.reply_rate: expected number, received string'],
    ['a javascript: URL', (c: Capture) => (c.source.pageUrl = 'javascript:alert(1)'), 'capture.source.pageUrl: expected an http(s) URL'],
    ['a 2,049-character URL', (c: Capture) => (c.source.frameUrl = `https://sycm.taobao.com/${'a'.repeat(2025)}`), 'capture.source.frameUrl: at most 2048 characters'],
    ['an unknown console', (c: Capture) => ((c.source as { console: string }).console = 'douyin'), 'capture.source.console'],
    ['an empty table key', (c: Capture) => (c.source.tableKey = ''), 'capture.source.tableKey'],
    ['no rows', (c: Capture) => (c.rows = []), 'capture.rows'],
    ['a header text for another metric', (c: Capture) => (c.headerTexts = { refund_rate: '退款率' }), 'capture.headerTexts.refund_rate: not one of metrics'],
    ['no leftOut list', (c: Capture) => delete (c as Partial<Capture>).leftOut, 'capture.leftOut'],
    ['a left-out column with an unknown reason', (c: Capture) => (c.leftOut = [{ header: '备注', reason: 'other' as 'unrecognised' }]), 'capture.leftOut[0].reason'],
    ['a duplicate without its metric', (c: Capture) => (c.leftOut = [{ header: '回复率', reason: 'duplicate_metric', keptHeader: '旺旺回复率' }]), 'capture.leftOut[0].metricId: a duplicate column names its metric'],
    ['a duplicate without the kept column', (c: Capture) => (c.leftOut = [{ header: '回复率', reason: 'duplicate_metric', metricId: 'reply_rate' }]), 'capture.leftOut[0].keptHeader'],
    ['a duplicate of an unknown metric', (c: Capture) => (c.leftOut = [{ header: 'x', reason: 'duplicate_metric', metricId: 'reply_ratio', keptHeader: 'y' }]), 'capture.leftOut[0].metricId: unknown metric id "reply_ratio"'],
    ['an unrecognised column naming a metric', (c: Capture) => (c.leftOut = [{ header: 'x', reason: 'unrecognised', metricId: 'reply_rate' }]), 'capture.leftOut[0].reason'],
    ['a 101-character left-out header', (c: Capture) => (c.leftOut = [{ header: '列'.repeat(101), reason: 'unrecognised' }]), 'capture.leftOut[0].header: at most 100 characters'],
    ['an extra key on a left-out column', (c: Capture) => (c.leftOut = [{ header: '备注', reason: 'unrecognised', note: 1 } as Capture['leftOut'][number]]), 'capture.leftOut[0]'],
  ])('refuses %s, naming the path', (_name, edit, expected) => {
    expect(refusal(withCapture(edit))).toContain(expected);
  });

  it('bounds rows, warnings and left-out columns', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => ({ label: `客服${i}`, kind: 'agent' as const, values: { reply_rate: 99 } }));
    expect(refusal(message(makeCapture({ metrics: ['reply_rate'], rows })))).toContain('capture.rows: at most');
    const ok = makeCapture({ metrics: ['reply_rate'], rows: rows.slice(0, 20_000) });
    expect(parseCaptureMessage(message(ok)).ok).toBe(true);
    const warnings = Array.from({ length: 5_001 }, () => ({ row: 'a', metric: 'reply_rate', text: 'x', reason: 'y' }));
    expect(refusal(message(makeCapture({ warnings })))).toContain('capture.warnings: at most');
    const leftOut = Array.from({ length: 101 }, (_, i) => ({ header: `列${i}`, reason: 'unrecognised' as const }));
    expect(refusal(message(makeCapture({ leftOut })))).toContain('capture.leftOut: at most');
    expect(parseCaptureMessage(message(makeCapture({ leftOut: leftOut.slice(0, 100) }))).ok).toBe(true);
  });

  it('gives every issue in zh-CN and English', () => {
    const result = parseCaptureMessage(withCapture((c) => (c.metrics = ['reply_rate', 'reply_ratio'])));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(worded)).toContainEqual({
      path: 'capture.metrics[1]',
      messageZh: '未知指标 "reply_ratio"',
      messageEn: 'unknown metric id "reply_ratio"',
    });
    const typeIssue = parseCaptureMessage(withCapture((c) => ((c.period as { guessed: unknown }).guessed = 'no')));
    expect(typeIssue.ok ? null : worded(typeIssue.issues[0]!)).toMatchObject({ path: 'capture.period.guessed', messageZh: '应为 boolean，实际为 string' });
  });

  it('caps the summary line at five issues', () => {
    const capture = makeCapture();
    capture.rows.forEach((r) => (r.values.reply_rate = Number.NaN));
    capture.metrics.push('x1', 'x2', 'x3');
    expect(refusal(message(capture))).toMatch(/\(\+1 more\)$/);
  });
});
