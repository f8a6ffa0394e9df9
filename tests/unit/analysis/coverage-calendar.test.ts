import { describe, expect, it } from 'vitest';
import { coverageCalendar } from '../../../lib/analysis/coverage-calendar';

describe('coverageCalendar', () => {
  it('gives Monday-first weeks ending with the week of today', () => {
    // 2026-11-26 is a Thursday.
    const weeks = coverageCalendar(new Set(['2026-11-16', '2026-11-20', '2026-11-25']), '2026-11-26', 2);
    expect(weeks.map((w) => w.map((d) => d.date))).toEqual([
      ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'],
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'],
    ]);
    expect(weeks.flat().filter((d) => d.captured).map((d) => d.date)).toEqual(['2026-11-16', '2026-11-20', '2026-11-25']);
    // Today is not missing yet (consoles show a day the next day); yesterday is.
    expect(weeks.flat().filter((d) => d.future).map((d) => d.date)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(weeks[1]![2]).toEqual({ date: '2026-11-25', captured: true, future: false });
    expect(weeks[1]![1]).toEqual({ date: '2026-11-24', captured: false, future: false });
    // A day captured today (a console with same-day figures) shows as captured.
    expect(coverageCalendar(new Set(['2026-11-26']), '2026-11-26', 1)[0]![3]).toEqual({ date: '2026-11-26', captured: true, future: false });
  });

  it('puts a Sunday at the end of its week, and a Monday at the start', () => {
    expect(coverageCalendar(new Set(), '2026-11-29', 1)[0]!.map((d) => d.date)).toEqual([
      '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29',
    ]);
    const monday = coverageCalendar(new Set(), '2026-11-30', 1)[0]!;
    expect(monday[0]).toEqual({ date: '2026-11-30', captured: false, future: true });
    expect(monday.every((d) => d.future)).toBe(true);
  });

  it('crosses months, years, a leap day and daylight-saving changes without skipping a day', () => {
    const weeks = coverageCalendar(new Set(['2024-02-29']), '2024-03-06', 2);
    expect(weeks[0]!.map((d) => d.date)).toEqual(['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03']);
    expect(weeks[0]![3]!.captured).toBe(true);
    const year = coverageCalendar(new Set(), '2027-01-01', 1)[0]!.map((d) => d.date);
    expect(year).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    // 53 weeks back covers both European and American DST changes of 2026.
    const all = coverageCalendar(new Set(), '2026-12-31', 53).flat().map((d) => d.date);
    expect(all).toHaveLength(371);
    expect(new Set(all).size).toBe(371);
    expect(all[0]).toBe('2025-12-29');
    expect(all).toContain('2026-03-29');
    expect(all).toContain('2026-11-01');
  });

  it('gives nothing for zero weeks', () => {
    expect(coverageCalendar(new Set(['2026-11-26']), '2026-11-26', 0)).toEqual([]);
  });
});
