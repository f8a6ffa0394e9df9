import { describe, expect, it } from 'vitest';
import { periodRowsOf } from '../../../lib/analysis/month-values';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { loadMyMonth, myMonthFrom, myMonthWindow } from '../../../lib/standing/my-month';
import { valueRecord } from '../analysis/value-record';
import { freshDatabasesPerTest } from '../db/make-capture';
import { putStoredValues } from '../db/stored-values';
import { bilingual } from '../support/words';
import { day, HOUR, ME, MEI, NOVEMBER, OCTOBER, QIANG, SO_FAR, schemes, SOURCE } from './my-month-fixture';

const fresh = freshDatabasesPerTest();

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
