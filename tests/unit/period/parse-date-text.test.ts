import { describe, expect, it } from 'vitest';
import { parseDate, parsePeriodText } from '../../../lib/period';

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day, 10);
const r = (start: string, end: string) => ({ start, end });
const today = d(2026, 11, 27);

describe('parseDate', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026/11/20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['20261120', '2026-11-20'],
    ['2026年11月20日', '2026-11-20'],
    ['2026年1月5日', '2026-01-05'],
    ['2026-1-5', '2026-01-05'],
    [' 2026-11-20 00:00:00 ', '2026-11-20'],
    ['11-20', '2026-11-20'],
    ['11月20日', '2026-11-20'],
    ['11/20', '2026-11-20'],
    ['11-27', '2026-11-27'],
    ['11-28', '2025-11-28'],
    ['12-31', '2025-12-31'],
  ])('%s → %s', (text, want) => {
    expect(parseDate(text, today)).toBe(want);
  });

  it.each([
    '2026-13-01',
    '2026-02-30',
    '2027-02-29',
    '20261301',
    '2026-00-10',
    '1999-11-20',
    '2026-11',
    '2026-11-20 ~ 2026-11-26',
    '2026-47周',
    '2026-W47',
    '昨天',
    'abc',
    '',
    '13-01',
  ])('%s → null', (text) => {
    expect(parseDate(text, today)).toBeNull();
  });

  it('accepts a leap day and needs today for dates without a year', () => {
    expect(parseDate('2028-02-29')).toBe('2028-02-29');
    expect(parseDate('11-20')).toBeNull();
    // The most recent Feb 29 not after 2027-03-01 is 2024's.
    expect(parseDate('02-29', d(2027, 3, 1))).toBe('2024-02-29');
  });
});

describe('parsePeriodText', () => {
  it.each([
    ['统计时间：2026-11-20 ~ 2026-11-26', r('2026-11-20', '2026-11-26')],
    ['日期范围：2026-11-20至2026-11-26', r('2026-11-20', '2026-11-26')],
    ['数据时间 2026-11-26', r('2026-11-26', '2026-11-26')],
    ['统计周期: 2026/11/20-2026/11/26', r('2026-11-20', '2026-11-26')],
    ['2026.11.20 — 2026.11.26', r('2026-11-20', '2026-11-26')],
    ['2026-11-20到2026-11-26', r('2026-11-20', '2026-11-26')],
    ['2026-11-20 to 2026-11-26', r('2026-11-20', '2026-11-26')],
    ['2026-11-20-2026-11-26', r('2026-11-20', '2026-11-26')],
    ['20261120-20261126', r('2026-11-20', '2026-11-26')],
    ['2026年11月20日 至 2026年11月26日', r('2026-11-20', '2026-11-26')],
    ['2026-11-20 00:00:00 ~ 2026-11-26 23:59:59', r('2026-11-20', '2026-11-26')],
    ['统计日期：2026年11月20日-11月26日', r('2026-11-20', '2026-11-26')],
    ['11-20 ~ 11-26', r('2026-11-20', '2026-11-26')],
    ['11月20日至11月26日', r('2026-11-20', '2026-11-26')],
    ['11-20-11-26', r('2026-11-20', '2026-11-26')],
    ['11/20 - 11/26', r('2026-11-20', '2026-11-26')],
    ['统计时间：2026-11-20 ~ 2026-11-26 对比时间：2026-11-13 ~ 2026-11-19', r('2026-11-20', '2026-11-26')],
    // A second date that is not joined by a range separator is not the end.
    ['2026-11-26 更新于 2026-11-27', r('2026-11-26', '2026-11-26')],
    // Written backwards: swapped.
    ['2026-11-26 ~ 2026-11-20', r('2026-11-20', '2026-11-26')],
    // Months.
    ['2026-10', r('2026-10-01', '2026-10-31')],
    ['2026年2月', r('2026-02-01', '2026-02-28')],
    ['2026-09 ~ 2026-10', r('2026-09-01', '2026-10-31')],
    ['2026-11', r('2026-11-01', '2026-11-26')],
    // A preset word after a label.
    ['数据时间：昨天', r('2026-11-26', '2026-11-26')],
    ['统计时间 近7天', r('2026-11-20', '2026-11-26')],
  ])('%s', (text, want) => {
    expect(parsePeriodText(text, today)).toEqual(want);
  });

  it('infers years across New Year', () => {
    const jan6 = d(2027, 1, 6);
    expect(parsePeriodText('12-25 ~ 01-05', jan6)).toEqual(r('2026-12-25', '2027-01-05'));
    expect(parsePeriodText('12月30日', jan6)).toEqual(r('2026-12-30', '2026-12-30'));
    expect(parsePeriodText('2026-12-25 ~ 01-05', jan6)).toEqual(r('2026-12-25', '2027-01-05'));
    // The end is in the future of this year, so both ends go back a year, keeping start ≤ end.
    expect(parsePeriodText('11-20 ~ 11-26', d(2026, 11, 22))).toEqual(r('2025-11-20', '2025-11-26'));
  });

  it('rejects nonsense', () => {
    expect(parsePeriodText('统计时间：2026-13-01 ~ 2026-13-07', today)).toBeNull();
    expect(parsePeriodText('2026-02-01 ~ 2026-02-30', today)).toBeNull();
    expect(parsePeriodText('统计时间：', today)).toBeNull();
    expect(parsePeriodText('共 128 条', today)).toBeNull();
    expect(parsePeriodText('订单号 202611271234567', today)).toBeNull();
  });

  it('caps a month that has not ended at yesterday, and on the 1st at the 1st', () => {
    expect(parsePeriodText('2026-12', d(2026, 12, 1))).toEqual(r('2026-12-01', '2026-12-01'));
    expect(parsePeriodText('2026-12', d(2026, 12, 10))).toEqual(r('2026-12-01', '2026-12-09'));
    expect(parsePeriodText('2026-12')).toEqual(r('2026-12-01', '2026-12-31'));
    // On its last day (any hour), the month has not ended yet; the day after, it has.
    expect(parsePeriodText('2026-11', new Date(2026, 10, 30, 23, 0))).toEqual(r('2026-11-01', '2026-11-29'));
    expect(parsePeriodText('2026-11', new Date(2026, 11, 1, 0, 5))).toEqual(r('2026-11-01', '2026-11-30'));
  });

  it('without today reads only dates with a year', () => {
    expect(parsePeriodText('2026-11-20 ~ 2026-11-26')).toEqual(r('2026-11-20', '2026-11-26'));
    expect(parsePeriodText('11-20 ~ 11-26')).toBeNull();
    expect(parsePeriodText('昨天')).toBeNull();
  });

  describe('ISO weeks (antd/Fusion week pickers, native week inputs)', () => {
    it.each([
      ['2026-47周', r('2026-11-16', '2026-11-22')],
      ['2026年第47周', r('2026-11-16', '2026-11-22')],
      ['2026-47th', r('2026-11-16', '2026-11-22')],
      ['2026-W47', r('2026-11-16', '2026-11-22')],
      ['统计周期：2026-46周', r('2026-11-09', '2026-11-15')],
      // Week 1 holds January 4th, so it may start in the year before.
      ['2026-1st', r('2025-12-29', '2026-01-04')],
      ['2026-2nd', r('2026-01-05', '2026-01-11')],
      ['2026-3rd', r('2026-01-12', '2026-01-18')],
      // A range of weeks: Monday of the first to Sunday of the last.
      ['2026-45周 ~ 2026-47周', r('2026-11-02', '2026-11-22')],
      // The week in progress ends yesterday, like 本周.
      ['2026-48周', r('2026-11-23', '2026-11-26')],
      // A weekday after a date is not a week.
      ['2026-11-20 周五', r('2026-11-20', '2026-11-20')],
    ])('%s', (text, want) => {
      expect(parsePeriodText(text, today)).toEqual(want);
    });

    it('knows which years have a 53rd week', () => {
      // 2026 starts on a Thursday: 53 weeks, the last one ending in 2027.
      expect(parsePeriodText('2026-53周')).toEqual(r('2026-12-28', '2027-01-03'));
      expect(parsePeriodText('2027-53周')).toBeNull();
      expect(parsePeriodText('2026-0周')).toBeNull();
    });
  });
});
