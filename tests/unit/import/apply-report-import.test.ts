import { bilingual, enWords } from '../support/words';
import { describe, expect, it, vi } from 'vitest';
import { captureRecordSchema } from '../../../lib/model/schemas/records';
import { writeCapture } from '../../../lib/db/write-capture';
import { exportBackup, importBackup, parseBackup } from '../../../lib/io/backup';
import { applyReportImport } from '../../../lib/import/apply-report-import';
import { readReportFiles } from '../../../lib/import/read-report-files';
import { CHITU_EXPORT_NO_PERIOD, DAILY_EXPORT, PDD_EXPORT_GBK, SYCM_EXPORT } from '../../fixtures/exports';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { storeDump } from './store-dump';
import { storedValues } from '../db/stored-values';

const TODAY = '2026-11-27';
const NOW = new Date('2026-11-27T08:00:00.000Z');
const freshDb = freshDatabasesPerTest();
const input = (f: { name: string; bytes(): Uint8Array }) => ({ name: f.name, bytes: f.bytes() });

describe('applyReportImport', () => {
  it('logs each file once, with origin file_import, its name and hash, valid for backups', async () => {
    const db = freshDb();
    const preview = await readReportFiles([input(SYCM_EXPORT), input(DAILY_EXPORT)], { today: TODAY, db });
    const result = await applyReportImport(db, preview, { periods: {} }, NOW);
    expect(result).toEqual({ ok: true, files: 2, values: SYCM_EXPORT.expected.length + DAILY_EXPORT.expected.length, skipped: [], roleGuesses: 0 });

    const logs = await db.captures.toArray();
    expect(logs.map((c) => [c.origin, c.file, c.sourceKey, c.period, c.agentCount, c.benchmarkCount, c.valueCount])).toEqual([
      ['file_import', { name: SYCM_EXPORT.name, hash: preview.files[0]!.hash }, 'file|sycm|客服绩效#客服绩效', { start: '2026-11-20', end: '2026-11-26', guessed: false, evidence: `file ${SYCM_EXPORT.name}: file name` }, 16, 3, 209],
      ['file_import', { name: DAILY_EXPORT.name, hash: preview.files[1]!.hash }, 'file|qianniu|客服数据明细#客服数据', { start: '2026-11-19', end: '2026-11-25', guessed: false, evidence: `file ${DAILY_EXPORT.name}: date column` }, 5, 0, 350],
    ]);
    for (const log of logs) expect(captureRecordSchema.safeParse(log).success).toBe(true);
    expect(logs[0]!.headerTexts.avg_response_time).toBe('平均响应时间(秒)');

    // Every value belongs to its file's log entry; a per-day file makes one snapshot per day.
    const values = await storedValues(db);
    expect(new Set(values.filter((v) => v.sourceKey.startsWith('file|sycm')).map((v) => v.captureId))).toEqual(new Set([logs[0]!.id]));
    expect(values.every((v) => v.periodGuessed === false && v.capturedAt === NOW.toISOString())).toBe(true);
    const snapshots = await db.snapshots.where('sourceKey').equals('file|qianniu|客服数据明细#客服数据').toArray();
    expect(snapshots.map((s) => [s.periodStart, s.periodEnd, s.labels.length])).toEqual(
      ['19', '20', '21', '22', '23', '24', '25'].map((d) => [`2026-11-${d}`, `2026-11-${d}`, 5]),
    );

    // A backup of the store round-trips through the backup schema.
    const backup = await exportBackup(db, NOW);
    const parsed = parseBackup(JSON.parse(JSON.stringify(backup)));
    expect(parsed.ok).toBe(true);
    const other = freshDb();
    if (parsed.ok) await importBackup(other, parsed.backup);
    expect((await other.captures.toArray()).map((c) => c.file?.hash)).toEqual(logs.map((c) => c.file!.hash));
  });

  it('changes nothing when the same file is imported again (store dump before and after equal)', async () => {
    const db = freshDb();
    const first = await readReportFiles([input(SYCM_EXPORT)], { today: TODAY, db });
    expect(first.files[0]!.alreadyImported).toBe(false);
    await applyReportImport(db, first, { periods: {} }, NOW);
    const before = await storeDump(db);

    const again = await readReportFiles([input(SYCM_EXPORT)], { today: TODAY, db });
    expect(again.files[0]!.alreadyImported).toBe(true);
    expect(await applyReportImport(db, again, { periods: {} }, new Date('2026-11-28T08:00:00Z'))).toEqual({
      ok: true,
      files: 0,
      values: 0,
      skipped: [SYCM_EXPORT.name],
      roleGuesses: 0,
    });
    expect(await storeDump(db)).toEqual(before);

    // A preview made before the first import (another tab) is caught inside the transaction.
    expect(await applyReportImport(db, first, { periods: {} }, new Date('2026-11-28T08:00:00Z'))).toEqual({
      ok: true,
      files: 0,
      values: 0,
      skipped: [SYCM_EXPORT.name],
      roleGuesses: 0,
    });
    expect(await storeDump(db)).toEqual(before);
  });

  it('marks the second copy of a file in one batch as a duplicate of the first, and skips it', async () => {
    const db = freshDb();
    const preview = await readReportFiles([input(PDD_EXPORT_GBK), { ...input(PDD_EXPORT_GBK), name: '拼多多客服数据_2026-11-25 (1).csv' }], { today: TODAY, db });
    expect(preview.files.map((f) => f.alreadyImported)).toEqual([false, true]);
    expect(preview.files.map((f) => f.duplicateOf)).toEqual([null, PDD_EXPORT_GBK.name]);
    const result = await applyReportImport(db, preview, { periods: {} }, NOW);
    expect(result).toEqual({ ok: true, files: 1, values: PDD_EXPORT_GBK.expected.length, skipped: ['拼多多客服数据_2026-11-25 (1).csv'], roleGuesses: 0 });
  });

  it('asks for a missing period and writes nothing until it is given', async () => {
    const db = freshDb();
    await writeCapture(db, makeCapture(), NOW);
    const before = await storeDump(db);
    const preview = await readReportFiles([input(SYCM_EXPORT), input(CHITU_EXPORT_NO_PERIOD)], { today: TODAY, db });
    const sheet = preview.files[1]!.sheets[0]!;
    expect(sheet.period).toEqual({ kind: 'needed' });

    const refusedForPeriod = await applyReportImport(db, preview, { periods: {} }, NOW);
    expect(refusedForPeriod.ok ? refusedForPeriod : { ok: false, problems: refusedForPeriod.problems.map(bilingual) }).toEqual({
      ok: false,
      problems: [
        {
          zh: '请填写“自定义报表_旗舰店.xlsx”中工作表“自定义报表”的统计周期：文件里没有日期列，文件名也没有写周期。',
          en: 'Enter the period of sheet “自定义报表” in “自定义报表_旗舰店.xlsx”: it has no date column and the file name states no period.',
        },
      ],
    });
    expect(await storeDump(db)).toEqual(before);

    const bad = await applyReportImport(db, preview, { periods: { [sheet.id]: { start: '2026-11-07', end: '2026-11-01' } } }, NOW);
    expect(bad.ok ? [] : bad.problems.map(enWords)).toEqual([expect.stringContaining('start 2026-11-07 is after end 2026-11-01')]);
    expect(await storeDump(db)).toEqual(before);

    const ok = await applyReportImport(db, preview, { periods: { [sheet.id]: { start: '2026-11-01', end: '2026-11-07' } } }, NOW);
    expect(ok).toMatchObject({ ok: true, files: 2 });
    const chitu = (await storedValues(db)).filter((v) => v.sourceKey === sheet.sourceKey);
    expect(chitu).toHaveLength(CHITU_EXPORT_NO_PERIOD.expected.length);
    expect(new Set(chitu.map((v) => `${v.periodStart}~${v.periodEnd}`))).toEqual(new Set(['2026-11-01~2026-11-07']));
    expect((await db.captures.toArray()).at(-1)!.period.evidence).toBe('file 自定义报表_旗舰店.xlsx: entered by user');
  });

  it('lets the user correct a period read from the file name', async () => {
    const db = freshDb();
    const preview = await readReportFiles([input(SYCM_EXPORT)], { today: TODAY });
    const sheet = preview.files[0]!.sheets[0]!;
    await applyReportImport(db, preview, { periods: { [sheet.id]: { start: '2026-11-21', end: '2026-11-27' } } }, NOW);
    const periods = new Set((await storedValues(db)).map((v) => `${v.periodStart}~${v.periodEnd}`));
    expect(periods).toEqual(new Set(['2026-11-21~2026-11-27']));
  });

  it('is all or nothing: a failure while writing the second file leaves the store as it was', async () => {
    const db = freshDb();
    await writeCapture(db, makeCapture(), NOW);
    const before = await storeDump(db);
    const preview = await readReportFiles([input(SYCM_EXPORT), input(DAILY_EXPORT)], { today: TODAY, db });
    const bulkPut = db.valueMonths.bulkPut.bind(db.valueMonths);
    let calls = 0;
    const spy = vi.spyOn(db.valueMonths, 'bulkPut').mockImplementation(((...args: Parameters<typeof bulkPut>) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error('disk full'));
      return bulkPut(...args);
    }) as typeof bulkPut);
    const result = await applyReportImport(db, preview, { periods: {} }, NOW);
    spy.mockRestore();
    expect(calls).toBe(2);
    expect(result.ok ? result : { ok: false, problems: result.problems.map(bilingual) }).toEqual({ ok: false, problems: [{ zh: '写入失败，已保存的数据未改变：disk full', en: 'Writing failed; the stored data is unchanged: disk full' }] });
    expect(await storeDump(db)).toEqual(before);
  });

  it('merges its snapshot labels with what is stored for the same source and period', async () => {
    const db = freshDb();
    const preview = await readReportFiles([input(SYCM_EXPORT)], { today: TODAY });
    await applyReportImport(db, preview, { periods: {} }, NOW);
    const sheet = preview.files[0]!.sheets[0]!;
    // The next week's download of the same report with other agents: same source, its own period.
    const later = structuredClone(preview);
    later.files[0]!.hash = 'f'.repeat(64);
    later.files[0]!.sheets[0]!.rows = sheet.rows.slice(0, 2).map((r) => ({ ...r, label: `${r.label}-新` }));
    await applyReportImport(db, later, { periods: {} }, new Date('2026-11-28T08:00:00Z'));
    const [snapshot] = await db.snapshots.where('sourceKey').equals(sheet.sourceKey).toArray();
    expect(snapshot!.labels).toHaveLength(sheet.rows.length + 2);
    expect(snapshot!.captureIds).toEqual([1, 2]);
    expect(snapshot!.firstCapturedAt).toBe(NOW.toISOString());
    expect(snapshot!.lastCapturedAt).toBe('2026-11-28T08:00:00.000Z');
  });
});
