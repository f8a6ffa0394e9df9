import { describe, expect, it } from 'vitest';
import type { AgentEntry } from '../../../lib/analysis/types';
import type { KpiScheme } from '../../../lib/analysis/kpi-scheme';
import { monthWindow } from '../../../lib/analysis/month-window';
import { periodRowsOf } from '../../../lib/analysis/month-values';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { AgentRole } from '../../../lib/analysis/agent-roles';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { loadMyMonth, myMonthFrom, myMonthWindow } from '../../../lib/standing/my-month';
import { valueRecord } from '../analysis/value-record';
import { freshDatabasesPerTest } from '../db/make-capture';
import { putStoredValues } from '../db/stored-values';
import { bilingual } from '../support/words';

const fresh = freshDatabasesPerTest();
const MEI = '旗舰店:小美';
const QIANG = '旗舰店:阿强';
const SOURCE = 'sycm|https://sycm.taobao.com/qos/service/frame/team|consult_count';
const HOUR = 3600;
const ME: AgentEntry = { key: MEI, labels: [MEI], name: '小美', role: 'presale', roleGuessed: false, isMe: true };

/**
 * The preset 售前 scheme (online 8 h: worst 6 h, best 8 h, weight 10; reply 98 %: 90 → 100, 20; first
 * response 15 s: 40 → 8, 12; average response 30 s: 55 → 5, 18; 询单转化率 50 %: 30 → 60, 40; 金 90, 银 80,
 * 铜 70) with a commission of 1 % of 销售额, scaled by the incentive score.
 */
function schemes(): Record<AgentRole, KpiScheme> {
  const presale = presetScheme('presale');
  presale.versions[0]!.commission = [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }];
  presale.versions[0]!.commissionScaledByScore = true;
  return { presale, aftersale: presetScheme('aftersale') };
}

/** One day of 小美 (or another label): every metric the scheme and the month rules use. */
function day(date: string, v: Record<string, number>, label = MEI): ValueRecord[] {
  return Object.entries(v).map(([metric, value]) => valueRecord(label, metric, value, { start: date, source: SOURCE }));
}

/**
 * November so far (today 11-23: 11-01 … 11-22, 22 days), two days of data:
 *   11-01: 咨询 100, 接待 100, 回复率 99, 首响 10 s, 平均响应 20 s, 询单 50, 付款 30 (60 %), 在线 8 h, 销售额 10,000
 *   11-02: 咨询 300, 接待 300, 回复率 98, 首响 14 s, 平均响应 24 s, 询单 150, 付款 75 (50 %), 在线 7 h, 销售额 20,000
 * Month values:
 *   回复率 by 咨询人数 (99×100 + 98×300) / 400 = 39,300 / 400 = 98.25 → (98.25−90)/10 = 82.5 points
 *   首响 by 接待人数 (10×100 + 14×300) / 400 = 5,200 / 400 = 13 s → (40−13)/32 = 84.375
 *   平均响应 by 接待人数 (20×100 + 24×300) / 400 = 9,200 / 400 = 23 s → (55−23)/50 = 64
 *   询单转化率 recomputed (30+75)/(50+150) = 105/200 = 52.5 % → (52.5−30)/30 = 75 (a plain mean of the
 *   rates would say 55 %)
 *   在线 daily mean (8+7)/2 = 7.5 h → (7.5−6)/2 = 75
 * Score (10×75 + 20×82.5 + 12×84.375 + 18×64 + 40×75) / 100 = (750+1650+1012.5+1152+3000)/100 = 75.645: 铜牌.
 * Commission: 销售额 30,000 × 1 % = 300 × incentive score 75 / 100 = 225 yuan.
 * Next grade 银牌 (80): 4.355 × 100 = 435.5 weighted points. Only 询单转化率 (+10.8875 points → 85.8875 =
 * 55.76625 %: +3.26625 pp, 3.26625 / 7.5 = 0.4355 of its way left) and 平均响应 (+24.19 → 12.1 s off,
 * 0.672 of its way left) can do it alone; 转化率 is the cheaper: rounded up to 0.1 pp, 3.3.
 */
const NOVEMBER: ValueRecord[] = [
  ...day('2026-11-01', { consult_count: 100, reception_count: 100, reply_rate: 99, first_response_time: 10, avg_response_time: 20, inquiry_count: 50, paid_count: 30, inquiry_conversion_rate: 60, online_duration: 8 * HOUR, sales_amount: 10_000 }),
  ...day('2026-11-02', { consult_count: 300, reception_count: 300, reply_rate: 98, first_response_time: 14, avg_response_time: 24, inquiry_count: 150, paid_count: 75, inquiry_conversion_rate: 50, online_duration: 7 * HOUR, sales_amount: 20_000 }),
];
/** October: one day at every metric's best (8 h, 100 %, 8 s, 5 s, 60 %): score 100, 金牌. */
const OCTOBER: ValueRecord[] = day('2026-10-15', { online_duration: 8 * HOUR, reply_rate: 100, first_response_time: 8, avg_response_time: 5, inquiry_count: 100, paid_count: 60, inquiry_conversion_rate: 60 });

const SO_FAR = monthWindow('2026-11', '2026-11-23');

describe('myMonthWindow', () => {
  it('this month from the 1st to yesterday (T+1)', () => {
    expect(myMonthWindow('2026-11-23')).toEqual({ window: { month: '2026-11', first: '2026-11-01', last: '2026-11-22', days: 22, soFar: true }, lastMonth: false });
  });
  it('on the 1st nothing of this month is in yet: the whole last month, marked as such', () => {
    expect(myMonthWindow('2026-12-01')).toEqual({ window: { month: '2026-11', first: '2026-11-01', last: '2026-11-30', days: 30, soFar: false }, lastMonth: true });
    // Across a year: 2027-01-01 shows December 2026's 31 days.
    expect(myMonthWindow('2027-01-01').window).toMatchObject({ month: '2026-12', days: 31 });
  });
  it('a malformed day is refused in words', () => {
    expect(() => myMonthWindow('2026-11-31')).toThrow('monthWindow: today must be a date YYYY-MM-DD, got "2026-11-31"');
  });
});

describe('myMonthFrom', () => {
  const rows = { month: periodRowsOf(NOVEMBER), previous: periodRowsOf(OCTOBER) };

  it('judges the month so far from volume-weighted days: score, grade, commission, the way to 银牌', () => {
    const mine = myMonthFrom(ME, SO_FAR, rows, schemes());
    expect(mine).toMatchObject({ window: SO_FAR, lastMonth: false, role: 'presale', roleGuessed: false, daysWithData: 2 });
    const judged = mine.judged!;
    const value = (metric: string) => judged.metrics.find((m) => m.metric === metric)!.month!.value;
    expect(value('reply_rate')).toBeCloseTo(98.25, 9);
    expect(value('first_response_time')).toBeCloseTo(13, 9);
    expect(value('avg_response_time')).toBeCloseTo(23, 9);
    expect(value('inquiry_conversion_rate')).toBeCloseTo(52.5, 9);
    expect(value('online_duration')).toBe(7.5 * HOUR);
    expect(judged.standing!.score).toBeCloseTo(75.645, 9);
    expect(judged.standing!.grade).toBe('铜牌');
    expect(judged.standing!.basicPassed).toBe(3); // 在线 7.5 h misses 8 h
    expect(judged.standing!.commission).toBeCloseTo(225, 9);
    // 在线 missed its standard on 11-02 (7 h) of the two days with a value.
    expect(judged.metrics.find((m) => m.metric === 'online_duration')!.missedDays).toEqual({ missed: 1, judged: 2 });
    expect(judged.nextGrade!.kind).toBe('one_metric');
    expect(bilingual(judged.nextGrade!.message).zh).toBe('询单转化率再提高 3.3 个百分点即可升银牌');
    // October at every best: 100, 金牌; the change is 75.645 − 100.
    expect(judged.previousScore).toBe(100);
    expect(judged.previousGrade).toBe('金牌');
    expect(judged.scoreChange).toBeCloseTo(-24.355, 9);
  });

  it('a day captured twice (two texts of mine) counts once, the later capture', () => {
    const later = valueRecord(MEI, 'online_duration', 8 * HOUR, { start: '2026-11-02', source: 'qianniu|x|online_duration', at: '2026-11-03T23:59:00.000Z' });
    const mine = myMonthFrom(ME, SO_FAR, { month: periodRowsOf([...NOVEMBER, later]), previous: [] }, schemes());
    // 在线 (8 + 8) / 2 = 8 h: scores 100 and passes; no day missed.
    expect(mine.judged!.metrics.find((m) => m.metric === 'online_duration')).toMatchObject({ month: { value: 8 * HOUR, days: 2 }, missedDays: { missed: 0, judged: 2 } });
    expect(mine.judged!.previousScore).toBeNull();
  });

  it('no role set: guessed from my metrics (询单转化率 is 售前) and marked as a guess', () => {
    const mine = myMonthFrom({ ...ME, role: null }, SO_FAR, rows, schemes());
    expect(mine.role).toBe('presale');
    expect(mine.roleGuessed).toBe(true);
    expect(mine.judged!.agent.role).toBe('presale');
    expect(mine.judged!.standing!.score).toBeCloseTo(75.645, 9);
  });

  it('no role and nothing to guess it from: the days are counted, nothing judged', () => {
    const shared = periodRowsOf(day('2026-11-01', { reply_rate: 99 }));
    const mine = myMonthFrom({ ...ME, role: null }, SO_FAR, { month: shared, previous: [] }, schemes());
    expect(mine).toMatchObject({ role: null, roleGuessed: false, daysWithData: 1, judged: null });
  });

  it('no day of mine in the window (only today, 11-23, and last month): no month data yet', () => {
    const today = periodRowsOf(day('2026-11-23', { reply_rate: 99 }));
    const mine = myMonthFrom(ME, SO_FAR, { month: today, previous: rows.previous }, schemes());
    expect(mine).toMatchObject({ daysWithData: 0, judged: null, role: 'presale' });
  });
});

describe('loadMyMonth', () => {
  it('nobody is "me": null', async () => {
    const db = fresh();
    await saveProfile(db, { key: MEI, aliases: [], isMe: false, role: 'presale' });
    expect(await loadMyMonth(db, '2026-11-23')).toBeNull();
  });

  it('reads my texts (an alias too) for this month and the last, not my colleagues\'', async () => {
    const db = fresh();
    await saveProfile(db, { key: MEI, aliases: ['小美'], isMe: true, role: 'presale' });
    await saveScheme(db, schemes().presale);
    // 11-02 under the alias; 阿强's day would pull every rate down if it were read.
    const alias = NOVEMBER.filter((v) => v.periodStart === '2026-11-02').map((v) => valueRecord('小美', v.metric, v.value, { start: v.periodStart, source: SOURCE }));
    const qiang = day('2026-11-01', { reply_rate: 50, consult_count: 10_000 }, QIANG);
    await putStoredValues(db, [...NOVEMBER.filter((v) => v.periodStart === '2026-11-01'), ...alias, ...qiang, ...OCTOBER]);
    const mine = (await loadMyMonth(db, '2026-11-23'))!;
    expect(mine.window).toEqual(SO_FAR);
    expect(mine.judged!.standing!.score).toBeCloseTo(75.645, 9);
    expect(mine.judged!.standing!.commission).toBeCloseTo(225, 9);
    expect(mine.judged!.previousGrade).toBe('金牌');
    expect(bilingual(mine.judged!.nextGrade!.message).zh).toBe('询单转化率再提高 3.3 个百分点即可升银牌');
  });

  it('on the 1st: last month, whole, labelled as last month', async () => {
    const db = fresh();
    await saveProfile(db, { key: MEI, aliases: [], isMe: true, role: 'presale' });
    await saveScheme(db, schemes().presale);
    await putStoredValues(db, NOVEMBER);
    const mine = (await loadMyMonth(db, '2026-12-01'))!;
    expect(mine.lastMonth).toBe(true);
    expect(mine.window).toMatchObject({ month: '2026-11', days: 30 });
    expect(mine.judged!.standing!.grade).toBe('铜牌');
  });
});
