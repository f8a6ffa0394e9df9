import { describe, expect, it } from 'vitest';
import { presetPeriod } from '../../../lib/period';

/** Local dates: month is 1-12. */
const d = (y: number, m: number, day: number) => new Date(y, m - 1, day, 15, 30);
const r = (start: string, end: string) => ({ start, end });

describe('presetPeriod', () => {
  // 2026-11-27 is a Friday.
  const fri = d(2026, 11, 27);
  it.each([
    ['昨天', r('2026-11-26', '2026-11-26')],
    ['昨日', r('2026-11-26', '2026-11-26')],
    ['自然日', r('2026-11-26', '2026-11-26')],
    ['日', r('2026-11-26', '2026-11-26')],
    ['1天', r('2026-11-26', '2026-11-26')],
    ['今天', r('2026-11-27', '2026-11-27')],
    ['实时', r('2026-11-27', '2026-11-27')],
    ['近7天', r('2026-11-20', '2026-11-26')],
    ['最近7天', r('2026-11-20', '2026-11-26')],
    ['7天', r('2026-11-20', '2026-11-26')],
    ['近7日', r('2026-11-20', '2026-11-26')],
    ['近一周', r('2026-11-20', '2026-11-26')],
    ['近30天', r('2026-10-28', '2026-11-26')],
    ['过去90天', r('2026-08-29', '2026-11-26')],
    ['本周', r('2026-11-23', '2026-11-26')],
    ['上周', r('2026-11-16', '2026-11-22')],
    ['自然周', r('2026-11-16', '2026-11-22')],
    ['周', r('2026-11-16', '2026-11-22')],
    ['本月', r('2026-11-01', '2026-11-26')],
    ['上月', r('2026-10-01', '2026-10-31')],
    ['自然月', r('2026-10-01', '2026-10-31')],
    ['月', r('2026-10-01', '2026-10-31')],
    [' 近 7 天 ', r('2026-11-20', '2026-11-26')],
  ])('%s on Friday 2026-11-27', (label, want) => {
    expect(presetPeriod(label, fri)).toEqual(want);
  });

  it.each(['', '自定义', '近0天', '查询', '7', '导出', '近7周', '周报'])('%s is not a preset', (label) => {
    expect(presetPeriod(label, fri)).toBeNull();
  });

  it('crosses the year on January 1st', () => {
    const jan1 = d(2027, 1, 1); // a Friday
    expect(presetPeriod('昨天', jan1)).toEqual(r('2026-12-31', '2026-12-31'));
    expect(presetPeriod('近7天', jan1)).toEqual(r('2026-12-25', '2026-12-31'));
    expect(presetPeriod('上月', jan1)).toEqual(r('2026-12-01', '2026-12-31'));
    expect(presetPeriod('本月', jan1)).toEqual(r('2027-01-01', '2027-01-01'));
    expect(presetPeriod('上周', jan1)).toEqual(r('2026-12-21', '2026-12-27'));
  });

  it('on the 1st, 本月 is that day alone; on the 2nd it is the 1st', () => {
    expect(presetPeriod('本月', d(2026, 12, 1))).toEqual(r('2026-12-01', '2026-12-01'));
    expect(presetPeriod('本月', d(2026, 12, 2))).toEqual(r('2026-12-01', '2026-12-01'));
    expect(presetPeriod('本月', d(2026, 12, 3))).toEqual(r('2026-12-01', '2026-12-02'));
  });

  it('on a Monday, 本周 is that day alone and 上周 the week just ended', () => {
    const mon = d(2026, 11, 23);
    expect(presetPeriod('本周', mon)).toEqual(r('2026-11-23', '2026-11-23'));
    expect(presetPeriod('上周', mon)).toEqual(r('2026-11-16', '2026-11-22'));
    expect(presetPeriod('本周', d(2026, 11, 24))).toEqual(r('2026-11-23', '2026-11-23'));
  });

  it('on a Sunday, 上周 is the week before this one', () => {
    expect(presetPeriod('上周', d(2026, 11, 29))).toEqual(r('2026-11-16', '2026-11-22'));
    expect(presetPeriod('本周', d(2026, 11, 29))).toEqual(r('2026-11-23', '2026-11-28'));
  });

  it('handles leap years', () => {
    expect(presetPeriod('昨天', d(2028, 3, 1))).toEqual(r('2028-02-29', '2028-02-29'));
    expect(presetPeriod('上月', d(2028, 3, 1))).toEqual(r('2028-02-01', '2028-02-29'));
    expect(presetPeriod('上月', d(2027, 3, 15))).toEqual(r('2027-02-01', '2027-02-28'));
    expect(presetPeriod('近30天', d(2028, 3, 1))).toEqual(r('2028-01-31', '2028-02-29'));
    expect(presetPeriod('昨天', d(2028, 2, 29))).toEqual(r('2028-02-28', '2028-02-28'));
  });

  it('uses the local day even late at night and near midnight', () => {
    expect(presetPeriod('昨天', new Date(2026, 10, 27, 23, 59, 59))).toEqual(r('2026-11-26', '2026-11-26'));
    expect(presetPeriod('昨天', new Date(2026, 10, 27, 0, 0, 1))).toEqual(r('2026-11-26', '2026-11-26'));
  });
});
