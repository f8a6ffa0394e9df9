import { bilingual, enWords } from '../support/words';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KefuDatabase } from '../../../lib/db/database';
import { writeCapture } from '../../../lib/db/write-capture';
import { applyReportImport } from '../../../lib/import/apply-report-import';
import { readReportFiles } from '../../../lib/import/read-report-files';
import { BAD_EMPTY, BAD_HUGE, BAD_NO_AGENT, BAD_PNG, BAD_TRUNCATED, SYCM_EXPORT, type ExportFixture } from '../../fixtures/exports';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { storeDump } from './store-dump';
import { utf8, workbookBytes } from './make-workbook';

const TODAY = '2026-11-27';
const freshDb = freshDatabasesPerTest();
let db: KefuDatabase;

beforeEach(async () => {
  db = freshDb();
  await writeCapture(db, makeCapture(), new Date('2026-11-21T02:00:00Z')); // data that must survive
});

/** Reads one file, tries to apply it, and returns its message; asserts the store did not change. */
async function refused(name: string, bytes: Uint8Array): Promise<{ zh: string; en: string }> {
  const before = await storeDump(db);
  const preview = await readReportFiles([{ name, bytes }], { today: TODAY, db });
  const file = preview.files[0]!;
  expect(file.sheets).toEqual([]);
  expect(await applyReportImport(db, preview, { periods: {} })).toEqual({ ok: true, files: 0, values: 0, skipped: [], roleGuesses: 0 });
  expect(await storeDump(db)).toEqual(before);
  return bilingual(file.error!);
}

const fixtureBytes = (f: ExportFixture) => f.bytes();

describe('bad files get a clear message in both languages and store nothing', () => {
  it('a PNG renamed .xlsx: not a spreadsheet', async () => {
    expect(await refused(BAD_PNG.name, fixtureBytes(BAD_PNG))).toEqual({
      zh: '“客服绩效截图.xlsx” 不是表格文件。请选择后台导出的 .xlsx、.xls 或 .csv 文件。',
      en: '“客服绩效截图.xlsx” is not a spreadsheet. Choose an .xlsx, .xls or .csv file exported from the console.',
    });
  });

  it('a file of another kind by its name: not a spreadsheet', async () => {
    const message = await refused('客服绩效.pdf', utf8('客服昵称,咨询人数,接待人数\n小美,1,2\n'));
    expect(message.en).toBe('“客服绩效.pdf” is not a spreadsheet. Choose an .xlsx, .xls or .csv file exported from the console.');
  });

  it('a download cut off half-way: damaged', async () => {
    expect(await refused(BAD_TRUNCATED.name, fixtureBytes(BAD_TRUNCATED))).toEqual({
      zh: '“客服绩效_20261113_20261119.xlsx” 已损坏（压缩包不完整或格式错误），无法读取。请重新下载该文件。',
      en: '“客服绩效_20261113_20261119.xlsx” is damaged (an incomplete or broken archive) and cannot be read. Download it again.',
    });
  });

  it('a truncated legacy .xls: damaged', async () => {
    const xls = workbookBytes({ 客服绩效: [['客服昵称', '咨询人数', '接待人数'], ['小美', 1, 2]] }, 'biff8');
    expect((await refused('客服绩效.xls', xls.slice(0, 600))).en).toContain('is damaged');
  });

  it('a workbook whose sheets are empty: empty', async () => {
    expect(await refused(BAD_EMPTY.name, fixtureBytes(BAD_EMPTY))).toEqual({
      zh: '“空白报表.xlsx” 是空的：没有任何单元格有内容。',
      en: '“空白报表.xlsx” is empty: no cell holds anything.',
    });
    expect((await refused('空.csv', new Uint8Array())).en).toBe('“空.csv” is empty: no cell holds anything.');
    expect((await refused('空白.csv', utf8('\r\n , \r\n'))).en).toBe('“空白.csv” is empty: no cell holds anything.');
  });

  it('a table without an agent column: no agent table, its sheet listed as skipped', async () => {
    const message = await refused(BAD_NO_AGENT.name, fixtureBytes(BAD_NO_AGENT));
    expect(message).toEqual({
      zh: '“店铺客服汇总_20261120_20261126.xlsx” 中没有客服数据表：需要一列客服（如 客服昵称、旺旺昵称、子账号）和至少两列可识别的指标。',
      en: 'No agent table in “店铺客服汇总_20261120_20261126.xlsx”: it needs an agent column (such as 客服昵称, 旺旺昵称, 子账号) and at least two recognised metric columns.',
    });
    const preview = await readReportFiles([{ name: BAD_NO_AGENT.name, bytes: fixtureBytes(BAD_NO_AGENT) }], { today: TODAY });
    expect(preview.files[0]!.skippedSheets.map((s) => s.sheet)).toEqual(['店铺汇总']);
  });

  it('a 50 MB file: too big, not even read', async () => {
    const message = await refused(BAD_HUGE.name, fixtureBytes(BAD_HUGE));
    expect(message).toEqual({
      zh: '“全年客服数据明细.csv” 有 50.0 MB，超过 20 MB 的上限，未读取。请在后台按较短的时间段分批导出。',
      en: '“全年客服数据明细.csv” is 50.0 MB, over the 20 MB limit, and was not read. Export shorter periods from the console.',
    });
    const preview = await readReportFiles([{ name: BAD_HUGE.name, bytes: fixtureBytes(BAD_HUGE) }], { today: TODAY });
    expect(preview.files[0]!.hash).toBe('');
  });

  it('a bad file in a batch does not stop the others', async () => {
    const preview = await readReportFiles(
      [
        { name: BAD_PNG.name, bytes: fixtureBytes(BAD_PNG) },
        { name: SYCM_EXPORT.name, bytes: fixtureBytes(SYCM_EXPORT) },
        { name: BAD_TRUNCATED.name, bytes: fixtureBytes(BAD_TRUNCATED) },
      ],
      { today: TODAY, db },
    );
    expect(preview.files.map((f) => [f.name, f.error ? enWords(f.error).slice(-40) : null, f.sheets.length])).toEqual([
      [BAD_PNG.name, 'xlsx, .xls or .csv file exported from the console.'.slice(-40), 0],
      [SYCM_EXPORT.name, null, 1],
      [BAD_TRUNCATED.name, 'broken archive) and cannot be read. Download it again.'.slice(-40), 0],
    ]);
    const result = await applyReportImport(db, preview, { periods: {} });
    expect(result).toEqual({ ok: true, files: 1, values: SYCM_EXPORT.expected.length, skipped: [], roleGuesses: 0 });
  });
});
