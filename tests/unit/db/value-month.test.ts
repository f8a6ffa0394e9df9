import { describe, expect, it } from 'vitest';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { groupByMonthRecord, monthsFromTo, packIntoMonth, removeFromMonth, unpackMonth, valueCountOf } from '../../../lib/db/value-month';
import { valueRecord } from '../analysis/value-record';

const SYCM = 'sycm|https://sycm.taobao.com/qos/service/frame/team|a';
const CHITU = 'chitu|https://chitu.taobao.com/report|b';
const byId = (list: readonly ValueRecord[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Values unlike each other in every field a month record has to keep apart. */
function mixedValues(): ValueRecord[] {
  return [
    valueRecord('旗舰店:小美', 'reply_rate', 96.1, { start: '2026-11-20', source: SYCM }),
    valueRecord('旗舰店:小美', 'avg_response_time', null, { start: '2026-11-20', source: SYCM }),
    valueRecord('旗舰店:小美', 'reply_rate', 97.2, { start: '2026-11-21', source: SYCM }),
    // A week and a month starting in November live in November's record, beside the days.
    valueRecord('旗舰店:小美', 'reply_rate', 96.8, { start: '2026-11-16', end: '2026-11-22', source: SYCM }),
    valueRecord('旗舰店:小美', 'reply_rate', 95.0, { start: '2026-11-01', end: '2026-11-30', source: SYCM }),
    // A CSV row: guessed period, its own stamp, a console other than the source's.
    { ...valueRecord('旗舰店:小美', 'inquiry_conversion_rate', 45.67, { start: '2026-11-21', source: SYCM, at: '2026-11-22T08:30:00.000Z' }), periodGuessed: true, console: 'qianniu' },
    // December, another table, a benchmark row.
    valueRecord('旗舰店:小美', 'reply_rate', 98.0, { start: '2026-12-01', source: SYCM }),
    valueRecord('旗舰店:小美', 'reply_rate', 90.5, { start: '2026-11-20', source: CHITU }),
    valueRecord('均值', 'reply_rate', 97.55, { start: '2026-11-20', source: SYCM }),
  ];
}

describe('month records of values', () => {
  it('group values by table, label and month of the period start', () => {
    const groups = groupByMonthRecord(mixedValues());
    expect([...groups.keys()].map((id) => JSON.parse(id) as string[])).toEqual([
      [SYCM, '旗舰店:小美', '2026-11'],
      [SYCM, '旗舰店:小美', '2026-12'],
      [CHITU, '旗舰店:小美', '2026-11'],
      [SYCM, '均值', '2026-11'],
    ]);
    expect([...groups.values()].map((g) => g.length)).toEqual([6, 1, 1, 1]);
  });

  it('give back exactly the values packed into them, every field', () => {
    const values = mixedValues();
    const records = [...groupByMonthRecord(values).values()].map((group) => packIntoMonth(undefined, group));
    expect(byId(records.flatMap((r) => unpackMonth(r)))).toEqual(byId(values));
    const november = records[0]!;
    expect(november).toMatchObject({ sourceKey: SYCM, label: '旗舰店:小美', month: '2026-11' });
    expect(valueCountOf(november)).toBe(6);
    // One origin per distinct (capture, stamp, guessed, kind, console); the capture ids are indexed.
    expect(november.origins).toHaveLength(6);
    expect(november.captureIds).toEqual([...new Set(november.origins.map((o) => o.captureId))].sort((a, b) => a - b));
    expect(Object.keys(november.periods)).toEqual(['2026-11-01|2026-11-30', '2026-11-16|2026-11-22', '2026-11-20|2026-11-20', '2026-11-21|2026-11-21']);
  });

  it('let a later value replace the one under the same period and metric, and keep the rest', () => {
    const first = [
      valueRecord('旗舰店:阿强', 'reply_rate', 99, { start: '2026-11-20', source: SYCM }),
      valueRecord('旗舰店:阿强', 'avg_response_time', 31, { start: '2026-11-20', source: SYCM }),
    ];
    const again = valueRecord('旗舰店:阿强', 'reply_rate', null, { start: '2026-11-20', source: SYCM, at: '2026-11-22T01:00:00.000Z' });
    const merged = packIntoMonth(packIntoMonth(undefined, first), [again]);
    expect(byId(unpackMonth(merged))).toEqual(byId([again, first[1]!]));
    // The first capture still owns a value, so both stay indexed; none is listed twice.
    expect(merged.captureIds).toEqual([first[1]!.captureId, again.captureId].sort((a, b) => a - b));
    expect(merged.origins).toHaveLength(2);
  });

  it('drop origins nobody uses any more once their values are replaced', () => {
    const old = valueRecord('旗舰店:阿强', 'reply_rate', 99, { start: '2026-11-20', source: SYCM });
    const fresh = valueRecord('旗舰店:阿强', 'reply_rate', 98, { start: '2026-11-20', source: SYCM });
    const merged = packIntoMonth(packIntoMonth(undefined, [old]), [fresh]);
    expect(merged.captureIds).toEqual([fresh.captureId]);
    expect(merged.origins).toEqual([expect.objectContaining({ captureId: fresh.captureId })]);
  });

  it('remove values by period and metric, and vanish when emptied', () => {
    const values = mixedValues().slice(0, 3);
    const record = packIntoMonth(undefined, values);
    const rest = removeFromMonth(record, [values[0]!]);
    expect(byId(unpackMonth(rest!))).toEqual(byId(values.slice(1)));
    expect(rest!.origins.map((o) => o.captureId)).not.toContain(values[0]!.captureId);
    expect(removeFromMonth(record, values)).toBeUndefined();
  });

  it('build only the periods asked for', () => {
    const record = packIntoMonth(undefined, mixedValues().slice(0, 6));
    const day = unpackMonth(record, (start, end) => start === '2026-11-20' && end === '2026-11-20');
    expect(day.map((v) => [v.metric, v.value])).toEqual([
      ['reply_rate', 96.1],
      ['avg_response_time', null],
    ]);
  });

  it('refuse to pack nothing into nothing', () => {
    expect(() => packIntoMonth(undefined, [])).toThrow('nothing to pack');
  });
});

describe('monthsFromTo', () => {
  it('lists every month inclusive, across a year end', () => {
    expect(monthsFromTo('2026-11', '2026-11')).toEqual(['2026-11']);
    expect(monthsFromTo('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFromTo('2024-01', '2024-12')).toHaveLength(12);
  });

  it('lists none when the start is later, and refuses what is not YYYY-MM', () => {
    expect(monthsFromTo('2026-12', '2026-11')).toEqual([]);
    expect(() => monthsFromTo('2026-xx', '2026-11')).toThrow('monthsFromTo: not YYYY-MM: "2026-xx", "2026-11"');
  });
});
