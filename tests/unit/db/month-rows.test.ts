import { describe, expect, it, vi } from 'vitest';
import { monthValues } from '../../../lib/analysis/month-values';
import { monthWindow } from '../../../lib/analysis/month-window';
import type { KefuDatabase } from '../../../lib/db/database';
import { readMonthRows, rowsOfLabels } from '../../../lib/db/month-rows';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { valueRecord } from '../analysis/value-record';
import { freshDatabasesPerTest } from './make-capture';
import { putStoredValues } from './stored-values';

const newDb = freshDatabasesPerTest();

const MEI = '旗舰店:小美';
const MEI_ALIAS = '小美';
const QIANG = '旗舰店:阿强';
const SYCM = 'sycm|https://sycm.taobao.com/qos/service/frame/team|consult_count';
const QIANNU = 'qianniu|https://myseller.taobao.com/kf|consult_count';
const MONTHLY = 'sycm|https://sycm.taobao.com/qos/service/frame/month|reply_rate';
const nov = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const oct = (n: number) => `2026-10-${String(n).padStart(2, '0')}`;

/**
 * 小美's November: 咨询人数 100 a day on 11-01 … 11-22 in 生意参谋, 120 for 11-01 in 千牛 captured a day later,
 * 50 on 11-23 under her alias 小美, a week 11-02 … 11-08 (999), and a whole-month 回复率 97.5 %. Her October:
 * 90 a day on all 31 days. 阿强: 7 on 11-05, and days in October and December. 均值 rows on 11-05.
 */
async function seed(db: KefuDatabase): Promise<void> {
  const values: ValueRecord[] = [];
  for (let d = 1; d <= 22; d++) values.push(valueRecord(MEI, 'consult_count', 100, { start: nov(d), source: SYCM }));
  values.push(valueRecord(MEI, 'consult_count', 120, { start: nov(1), source: QIANNU, at: '2026-11-02T23:30:00.000Z' }));
  values.push(valueRecord(MEI_ALIAS, 'consult_count', 50, { start: nov(23), source: SYCM }));
  values.push(valueRecord(MEI, 'consult_count', 999, { start: nov(2), end: nov(8), source: SYCM }));
  values.push(valueRecord(MEI, 'reply_rate', 97.5, { start: nov(1), end: nov(30), source: MONTHLY }));
  for (let d = 1; d <= 31; d++) values.push(valueRecord(MEI, 'consult_count', 90, { start: oct(d), source: SYCM }));
  values.push(valueRecord(QIANG, 'consult_count', 7, { start: nov(5), source: SYCM }));
  values.push(valueRecord(QIANG, 'consult_count', 8, { start: oct(31), source: SYCM }));
  values.push(valueRecord(QIANG, 'consult_count', 9, { start: '2026-12-01', source: SYCM }));
  values.push(valueRecord('均值', 'consult_count', 53.5, { start: nov(5), source: SYCM }));
  await putStoredValues(db, values);
}

const NOVEMBER = monthWindow('2026-11', '2026-12-05');
const OCTOBER = monthWindow('2026-10', '2026-12-05');
const periodsOf = (rows: { start: string; end: string }[]) => [...new Set(rows.map((r) => `${r.start}~${r.end}`))].sort();

describe('readMonthRows', () => {
  it("gives the month's days and its periods from the 1st, per label, never a week or another month", async () => {
    const db = newDb();
    await seed(db);
    const read = await readMonthRows(db, ['2026-11']);
    expect([...read.keys()]).toEqual(['2026-11']);
    const nov11 = read.get('2026-11')!;
    expect([...nov11.byLabel.keys()].sort()).toEqual([MEI_ALIAS, '均值', QIANG, MEI].sort());
    const mei = nov11.byLabel.get(MEI)!;
    // 22 days, the whole month; not the week 11-02 ~ 11-08.
    expect(periodsOf(mei)).toEqual([...Array.from({ length: 22 }, (_, i) => `${nov(i + 1)}~${nov(i + 1)}`), `${nov(1)}~${nov(30)}`].sort());
    // 11-01 in both sources: two rows, the choice is monthValues'.
    expect(mei.filter((r) => r.start === nov(1) && r.end === nov(1))).toHaveLength(2);
    expect(periodsOf(nov11.byLabel.get(QIANG)!)).toEqual([`${nov(5)}~${nov(5)}`]);
  });

  it('builds hand-computed month values: sources and texts merged, the whole month winning', async () => {
    const db = newDb();
    await seed(db);
    const read = await readMonthRows(db, ['2026-11', '2026-10'], [MEI, MEI_ALIAS]);
    const november = monthValues(rowsOfLabels(read.get('2026-11'), [MEI, MEI_ALIAS]), NOVEMBER);
    // 11-01: 千牛's later 120 replaces 生意参谋's 100; 11-02 … 11-22: 21 × 100; 11-23: 50 under the alias.
    // 120 + 2100 + 50 = 2270 on 23 of 30 days (the week's 999 is not a day).
    expect(november.get('consult_count')).toEqual({ value: 2270, days: 23, monthDays: 30, approximate: false, source: 'days', rule: 'sum', basis: [] });
    expect(november.get('reply_rate')).toMatchObject({ value: 97.5, days: 30, source: 'month', rule: 'period' });
    // The previous month, read in the same call: 31 × 90 = 2790 on 31 of 31 days.
    const october = monthValues(rowsOfLabels(read.get('2026-10'), [MEI, MEI_ALIAS]), OCTOBER);
    expect(october.get('consult_count')).toMatchObject({ value: 2790, days: 31, monthDays: 31 });
  });

  it('reads the same rows for a few labels (by key) as for many (the month, filtered)', async () => {
    const db = newDb();
    await seed(db);
    const few = await readMonthRows(db, ['2026-11'], [MEI, QIANG]);
    const strangers = Array.from({ length: 40 }, (_, i) => `没有的人${i}`);
    const many = await readMonthRows(db, ['2026-11'], [MEI, QIANG, ...strangers]);
    const sorted = (rows: ReturnType<typeof rowsOfLabels>) => [...rows].sort((a, b) => `${a.label}${a.start}${a.end}${a.stamps[0]!.captureId}`.localeCompare(`${b.label}${b.start}${b.end}${b.stamps[0]!.captureId}`));
    expect([...few.get('2026-11')!.byLabel.keys()].sort()).toEqual([QIANG, MEI].sort());
    expect([...many.get('2026-11')!.byLabel.keys()].sort()).toEqual([QIANG, MEI].sort());
    expect(sorted(rowsOfLabels(many.get('2026-11'), [MEI, QIANG]))).toEqual(sorted(rowsOfLabels(few.get('2026-11'), [MEI, QIANG])));
    // 小美: 22 days in 生意参谋, 11-01 in 千牛, the whole month; 阿强: 11-05.
    expect(rowsOfLabels(few.get('2026-11'), [MEI, QIANG])).toHaveLength(22 + 1 + 1 + 1);
  });

  it('reads only the months asked for: one month index key each', async () => {
    const db = newDb();
    await seed(db);
    const where = vi.spyOn(db.valueMonths, 'where');
    await readMonthRows(db, ['2026-11', '2026-10']);
    expect(where.mock.calls.map((c) => c[0])).toEqual(['month', 'month']);
    where.mockClear();
    await readMonthRows(db, ['2026-11'], [MEI]);
    expect(where.mock.calls.map((c) => c[0])).toEqual(['[label+month]']);
  });

  it('answers empty months for an empty store or no labels, and refuses a malformed month', async () => {
    const db = newDb();
    expect((await readMonthRows(db, ['2026-11'])).get('2026-11')!.byLabel.size).toBe(0);
    await seed(db);
    expect((await readMonthRows(db, ['2026-11'], [])).get('2026-11')!.byLabel.size).toBe(0);
    expect(rowsOfLabels(undefined, [MEI])).toEqual([]);
    await expect(readMonthRows(db, ['2026-13'])).rejects.toThrow('readMonthRows: a month must be YYYY-MM, got "2026-13"');
  });
});
