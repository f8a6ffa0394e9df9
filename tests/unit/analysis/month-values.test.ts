import { describe, expect, it } from 'vitest';
import { type MonthValue, monthValues, type PeriodRow, periodRowsOf } from '../../../lib/analysis/month-values';
import { monthWindow } from '../../../lib/analysis/month-window';
import { valueRecord } from './value-record';

/**
 * Hand-computed months for every rule of docs/metrics.md "Month values". November 2026 seen from
 * 2026-12-05 has 30 days; December 2026 so far (today 12-05) has 4 (12-01 … 12-04).
 */

const NOVEMBER = monthWindow('2026-11', '2026-12-05');
const DECEMBER_SO_FAR = monthWindow('2026-12', '2026-12-05');
const AGENT = '旗舰店:小美';

let stamp = 0;

/** One captured row: `label`'s values for the day `start` (or the range to `end`), captured at `at`. */
function row(start: string, values: Record<string, number | null>, opts: { end?: string; label?: string; at?: string } = {}): PeriodRow {
  const at = { capturedAt: opts.at ?? `${opts.end ?? start}T20:00:00.000Z`, captureId: ++stamp };
  const metrics = Object.keys(values);
  return { label: opts.label ?? AGENT, start, end: opts.end ?? start, metrics, values: metrics.map((m) => values[m]!), stamps: metrics.map(() => at) };
}

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

function only(rows: PeriodRow[], metric: string, window = NOVEMBER): MonthValue {
  const out = monthValues(rows, window, [metric]).get(metric);
  if (!out) throw new Error(`no month value for ${metric}`);
  return out;
}

describe('sum: counts and amounts', () => {
  it('sums the days it has and says how many: 22 / 30 天, a missing marker is no day', () => {
    // 22 days of 咨询人数 100, 101, … 121: Σ = 22 × 100 + (0 + 1 + … + 21) = 2200 + 231 = 2431.
    const rows = Array.from({ length: 22 }, (_, i) => row(day(i + 1), { consult_count: 100 + i, sales_amount: 1000.5 }));
    // 11-23 was captured with 延迟统计 (null): not a day, and certainly not a zero.
    rows.push(row(day(23), { consult_count: null }));
    expect(only(rows, 'consult_count')).toEqual({ value: 2431, days: 22, monthDays: 30, approximate: false, source: 'days', rule: 'sum', basis: [] });
    // 22 × 1000.5 = 22011 yuan.
    expect(only(rows, 'sales_amount').value).toBeCloseTo(22011, 9);
  });

  it('a real zero is a day', () => {
    const v = only([row(day(1), { negative_review_count: 0 }), row(day(2), { negative_review_count: 2 })], 'negative_review_count');
    expect([v.value, v.days]).toEqual([2, 2]);
  });

  it('a month with no day for a metric has no value, not zero', () => {
    expect(only([row(day(1), { consult_count: 5 })], 'paid_count')).toEqual({ value: null, days: 0, monthDays: 30, approximate: false, source: 'days', rule: 'none', basis: [] });
  });

  it('weeks, 近7天 and days of other months are ignored', () => {
    const rows = [
      row(day(2), { consult_count: 40 }),
      row(day(2), { consult_count: 999 }, { end: day(8) }), // a week
      row('2026-10-31', { consult_count: 70 }),
      row('2026-12-01', { consult_count: 80 }),
    ];
    expect(only(rows, 'consult_count')).toMatchObject({ value: 40, days: 1 });
  });
});

describe('average: recomputed from numerator and denominator', () => {
  it('询单转化率 of a day with 20 inquiries and one with 300 is (4 + 120) / (20 + 300), not the mean of 20% and 40%', () => {
    const rows = [
      row(day(3), { inquiry_count: 20, paid_count: 4, inquiry_conversion_rate: 20 }),
      row(day(4), { inquiry_count: 300, paid_count: 120, inquiry_conversion_rate: 40 }),
    ];
    // (4 + 120) × 100 / (20 + 300) = 12400 / 320 = 38.75 %; the plain mean would be 30 %.
    expect(only(rows, 'inquiry_conversion_rate')).toEqual({
      value: 38.75,
      days: 2,
      monthDays: 30,
      approximate: false,
      source: 'days',
      rule: 'ratio',
      basis: ['paid_count', 'inquiry_count'],
    });
  });

  it('下单->付款 is paid / ordered; 客单价, 件单价, 客件数 are amounts per unit (no × 100)', () => {
    const rows = [
      row(day(1), { order_count: 10, paid_count: 8, sales_amount: 800, sales_volume: 16 }),
      row(day(2), { order_count: 30, paid_count: 21, sales_amount: 3400, sales_volume: 34 }),
    ];
    // 下单->最终付款: (8 + 21) × 100 / (10 + 30) = 2900 / 40 = 72.5 %.
    expect(only(rows, 'order_to_paid_rate')).toMatchObject({ value: 72.5, days: 2, rule: 'ratio', basis: ['paid_count', 'order_count'] });
    // 客单价: (800 + 3400) / (8 + 21) = 4200 / 29 = 144.827586… yuan.
    expect(only(rows, 'avg_order_value').value).toBeCloseTo(4200 / 29, 9);
    expect(only(rows, 'avg_order_value').value).toBeCloseTo(144.8276, 4);
    // 件单价: 4200 / (16 + 34) = 84 yuan; 客件数: 50 / 29 = 1.7241….
    expect(only(rows, 'avg_item_price')).toMatchObject({ value: 84, rule: 'ratio' });
    expect(only(rows, 'items_per_customer').value).toBeCloseTo(1.7241, 4);
  });

  it('a rate never captured gets a value from its parts', () => {
    const rows = [row(day(5), { inquiry_count: 50, paid_count: 20 }), row(day(6), { inquiry_count: 150, paid_count: 30 })];
    // (20 + 30) × 100 / (50 + 150) = 25 %.
    expect(only(rows, 'inquiry_conversion_rate')).toMatchObject({ value: 25, days: 2, rule: 'ratio', approximate: false });
  });

  it('a day of the rate without its parts falls back to weighting by the volume', () => {
    const rows = [
      row(day(3), { inquiry_count: 20, paid_count: 4, inquiry_conversion_rate: 20 }),
      // 付款人数 not captured on 11-04: the ratio cannot cover this day.
      row(day(4), { inquiry_count: 300, inquiry_conversion_rate: 50 }),
    ];
    // (20 × 20 + 50 × 300) / (20 + 300) = (400 + 15000) / 320 = 48.125 %.
    expect(only(rows, 'inquiry_conversion_rate')).toMatchObject({ value: 48.125, days: 2, rule: 'weighted', basis: ['inquiry_count'], approximate: false });
  });
});

describe('average: weighted by its volume', () => {
  it('回复率 by 咨询人数', () => {
    const rows = [row(day(1), { consult_count: 50, reply_rate: 90 }), row(day(2), { consult_count: 150, reply_rate: 98 })];
    // (90 × 50 + 98 × 150) / (50 + 150) = (4500 + 14700) / 200 = 96 %; the mean would be 94 %.
    expect(only(rows, 'reply_rate')).toEqual({ value: 96, days: 2, monthDays: 30, approximate: false, source: 'days', rule: 'weighted', basis: ['consult_count'] });
  });

  it('回复率 by 接待人数 when 咨询人数 is missing on a day of the rate', () => {
    const rows = [
      row(day(1), { consult_count: 50, reception_count: 40, reply_rate: 90 }),
      row(day(2), { reception_count: 160, reply_rate: 100 }),
    ];
    // (90 × 40 + 100 × 160) / (40 + 160) = (3600 + 16000) / 200 = 98 %.
    expect(only(rows, 'reply_rate')).toMatchObject({ value: 98, days: 2, rule: 'weighted', basis: ['reception_count'] });
  });

  it('response times by 接待人数', () => {
    const rows = [
      row(day(1), { reception_count: 100, avg_response_time: 20, first_response_time: 10 }),
      row(day(2), { reception_count: 300, avg_response_time: 40, first_response_time: 6 }),
    ];
    // 平均响应: (20 × 100 + 40 × 300) / 400 = 14000 / 400 = 35 s (mean: 30 s).
    expect(only(rows, 'avg_response_time')).toMatchObject({ value: 35, rule: 'weighted', basis: ['reception_count'], approximate: false });
    // 首响: (10 × 100 + 6 × 300) / 400 = 2800 / 400 = 7 s.
    expect(only(rows, 'first_response_time').value).toBe(7);
  });

  it('a stand-in volume is marked approximate (落实客单价 by 付款人数)', () => {
    const rows = [row(day(1), { paid_count: 10, fulfilled_avg_order_value: 100 }), row(day(2), { paid_count: 30, fulfilled_avg_order_value: 140 })];
    // (100 × 10 + 140 × 30) / 40 = 5200 / 40 = 130 yuan, approximate.
    expect(only(rows, 'fulfilled_avg_order_value')).toMatchObject({ value: 130, rule: 'weighted', basis: ['paid_count'], approximate: true });
  });
});

describe('plain mean, marked approximate', () => {
  it('a rate without its volume', () => {
    const rows = [row(day(1), { reply_rate: 90 }), row(day(2), { reply_rate: 97 }), row(day(3), { consult_count: 80 })];
    // No 咨询人数 or 接待人数 on 11-01 and 11-02: (90 + 97) / 2 = 93.5 %, approximate.
    expect(only(rows, 'reply_rate')).toEqual({ value: 93.5, days: 2, monthDays: 30, approximate: true, source: 'days', rule: 'mean', basis: [] });
  });

  it('a response time without 接待人数', () => {
    const rows = [row(day(1), { avg_response_time: 20 }), row(day(2), { avg_response_time: 40 })];
    expect(only(rows, 'avg_response_time')).toMatchObject({ value: 30, rule: 'mean', approximate: true });
  });

  it('a volume that covers only some days of the rate is not used', () => {
    const rows = [row(day(1), { consult_count: 10, reply_rate: 80 }), row(day(2), { reply_rate: 100 })];
    // (80 + 100) / 2 = 90 %, not 80 % from the one weighted day.
    expect(only(rows, 'reply_rate')).toMatchObject({ value: 90, days: 2, rule: 'mean', approximate: true });
  });

  it('metrics with no base in the catalog (满意率, 好评率)', () => {
    const rows = [row(day(1), { satisfaction_rate: 90, reception_count: 10 }), row(day(2), { satisfaction_rate: 100, reception_count: 1000 })];
    // (90 + 100) / 2 = 95 %: 接待人数 is not the base of 满意率 and is not used.
    expect(only(rows, 'satisfaction_rate')).toMatchObject({ value: 95, rule: 'mean', approximate: true });
  });

  it('a volume of zero on every day weighs nothing: the mean, approximate', () => {
    const rows = [row(day(1), { inquiry_count: 0, inquiry_conversion_rate: 0 }), row(day(2), { inquiry_count: 0, inquiry_conversion_rate: 0 })];
    expect(only(rows, 'inquiry_conversion_rate')).toMatchObject({ value: 0, days: 2, rule: 'mean', approximate: true });
  });
});

describe('在线时长 and peaks', () => {
  it('在线时长 is the daily mean, exact', () => {
    const rows = [row(day(1), { online_duration: 8 * 3600 }), row(day(2), { online_duration: 6 * 3600 }), row(day(4), { online_duration: 10 * 3600 })];
    // (28800 + 21600 + 36000) / 3 = 86400 / 3 = 28800 s = 8 h a day, on 3 of 30 days.
    expect(only(rows, 'online_duration')).toEqual({ value: 28800, days: 3, monthDays: 30, approximate: false, source: 'days', rule: 'dailyMean', basis: [] });
  });

  it('最大同时聊天数 is the highest day', () => {
    const rows = [row(day(1), { max_concurrent_chats: 7 }), row(day(2), { max_concurrent_chats: 12 }), row(day(3), { max_concurrent_chats: 9 })];
    expect(only(rows, 'max_concurrent_chats')).toMatchObject({ value: 12, days: 3, rule: 'max' });
  });
});

describe('a whole-month period', () => {
  const days = [
    row(day(1), { consult_count: 100, reply_rate: 90, avg_response_time: 20, reception_count: 100 }),
    row(day(2), { consult_count: 300, reply_rate: 98, avg_response_time: 40, reception_count: 300 }),
  ];

  it('wins over the days where both exist, and rests on the whole month', () => {
    const month = row(day(1), { consult_count: 3100, reply_rate: 97.5 }, { end: day(30) });
    const values = monthValues([...days, month], NOVEMBER);
    expect(values.get('consult_count')).toEqual({ value: 3100, days: 30, monthDays: 30, approximate: false, source: 'month', rule: 'period', basis: [] });
    expect(values.get('reply_rate')).toMatchObject({ value: 97.5, days: 30, source: 'month' });
    // Not in the month's table: from the days, (20 × 100 + 40 × 300) / 400 = 35 s.
    expect(values.get('avg_response_time')).toMatchObject({ value: 35, days: 2, source: 'days', rule: 'weighted' });
  });

  it('gives a rate from its parts when it holds them but not the rate', () => {
    const month = row(day(1), { inquiry_count: 1000, paid_count: 385 }, { end: day(30) });
    const dayRate = row(day(1), { inquiry_count: 20, paid_count: 4, inquiry_conversion_rate: 20 });
    // 385 × 100 / 1000 = 38.5 %, from the month: its figures beat the one day's 20 %.
    expect(only([dayRate, month], 'inquiry_conversion_rate')).toMatchObject({ value: 38.5, days: 30, source: 'month', rule: 'ratio', basis: ['paid_count', 'inquiry_count'] });
  });

  it('a missing marker in the month leaves the metric to the days', () => {
    const month = row(day(1), { consult_count: null }, { end: day(30) });
    expect(only([...days, month], 'consult_count')).toMatchObject({ value: 400, days: 2, source: 'days' });
  });

  it('a range that is not the whole month is not one', () => {
    const almost = row(day(1), { consult_count: 5000 }, { end: day(29) });
    expect(only([...days, almost], 'consult_count')).toMatchObject({ value: 400, source: 'days' });
  });

  it('the later of two whole-month captures wins', () => {
    const early = row(day(1), { consult_count: 3000 }, { end: day(30), at: '2026-12-01T09:00:00.000Z' });
    const late = row(day(1), { consult_count: 3100 }, { end: day(30), at: '2026-12-02T09:00:00.000Z' });
    expect(only([late, early], 'consult_count').value).toBe(3100);
  });
});

describe('this month so far', () => {
  const dec = (n: number) => `2026-12-${String(n).padStart(2, '0')}`;

  it('counts the 1st to yesterday, never today', () => {
    const rows = [1, 2, 4, 5].map((n) => row(dec(n), { consult_count: 10 * n }));
    // Today (12-05) is still running: 10 + 20 + 40 = 70 on 3 of 4 days; 12-03 was not captured.
    expect(only(rows, 'consult_count', DECEMBER_SO_FAR)).toEqual({ value: 70, days: 3, monthDays: 4, approximate: false, source: 'days', rule: 'sum', basis: [] });
  });

  it('a 本月 capture (the 1st to yesterday) is the whole month so far; an older one is not', () => {
    const rows = [row(dec(1), { consult_count: 10 }), row(dec(1), { consult_count: 77 }, { end: dec(3) })];
    expect(only(rows, 'consult_count', DECEMBER_SO_FAR)).toMatchObject({ value: 10, source: 'days' });
    rows.push(row(dec(1), { consult_count: 99 }, { end: dec(4) }));
    expect(only(rows, 'consult_count', DECEMBER_SO_FAR)).toMatchObject({ value: 99, days: 4, monthDays: 4, source: 'month' });
  });

  it('on the 1st nothing counts yet', () => {
    const first = monthWindow('2026-12', '2026-12-01');
    const rows = [row(dec(1), { consult_count: 10 }), row(dec(1), { consult_count: 10 }, { end: '2026-11-30' })];
    expect(only(rows, 'consult_count', first)).toEqual({ value: null, days: 0, monthDays: 0, approximate: false, source: 'days', rule: 'none', basis: [] });
  });
});

describe('one agent under two texts', () => {
  it('merges the days of both; on a day both have, the later capture wins and a missing one never hides a number', () => {
    const rows = [
      row(day(1), { consult_count: 100 }, { label: '旗舰店:小美' }),
      row(day(2), { consult_count: 200 }, { label: '小美' }),
      row(day(3), { consult_count: 30 }, { label: '旗舰店:小美', at: '2026-11-04T08:00:00.000Z' }),
      row(day(3), { consult_count: 300 }, { label: '小美', at: '2026-11-04T09:00:00.000Z' }),
      row(day(4), { consult_count: 400 }, { label: '旗舰店:小美', at: '2026-11-05T08:00:00.000Z' }),
      row(day(4), { consult_count: null }, { label: '小美', at: '2026-11-05T09:00:00.000Z' }),
    ];
    // 100 + 200 + 300 (the later of 30 and 300) + 400 (null is no value) = 1000 on 4 days, not 1030.
    expect(only(rows, 'consult_count')).toMatchObject({ value: 1000, days: 4, rule: 'sum' });
  });
});

describe('monthValues', () => {
  it('without a metric list, gives every metric the rows hold a number for', () => {
    const values = monthValues([row(day(1), { consult_count: 1, reply_rate: 99, paid_count: null })], NOVEMBER);
    expect([...values.keys()].sort()).toEqual(['consult_count', 'reply_rate']);
  });

  it('reads plain ValueRecords through periodRowsOf', () => {
    const source = 'sycm|t';
    const values = [
      valueRecord(AGENT, 'inquiry_count', 20, { start: day(3), source }),
      valueRecord(AGENT, 'paid_count', 4, { start: day(3), source }),
      valueRecord(AGENT, 'inquiry_count', 300, { start: day(4), source }),
      valueRecord(AGENT, 'paid_count', 120, { start: day(4), source }),
    ];
    expect(monthValues(periodRowsOf(values), NOVEMBER, ['inquiry_conversion_rate']).get('inquiry_conversion_rate')).toMatchObject({ value: 38.75, days: 2 });
  });
});
