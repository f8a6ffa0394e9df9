import { describe, expect, it } from 'vitest';
import { monthWindow, previousMonth } from '../../../lib/analysis/month-window';

describe('monthWindow', () => {
  it('a past month is all its days', () => {
    expect(monthWindow('2026-11', '2026-12-05')).toEqual({ month: '2026-11', first: '2026-11-01', last: '2026-11-30', days: 30, soFar: false });
    expect(monthWindow('2026-01', '2026-12-05')).toMatchObject({ last: '2026-01-31', days: 31 });
    expect(monthWindow('2026-02', '2026-12-05')).toMatchObject({ last: '2026-02-28', days: 28 });
    expect(monthWindow('2028-02', '2028-03-01')).toMatchObject({ last: '2028-02-29', days: 29, soFar: false });
  });

  it('the current month runs from the 1st to yesterday (T+1: today is still running)', () => {
    expect(monthWindow('2026-12', '2026-12-05')).toEqual({ month: '2026-12', first: '2026-12-01', last: '2026-12-04', days: 4, soFar: true });
    // The last day of the month: the month is not over until tomorrow.
    expect(monthWindow('2026-11', '2026-11-30')).toMatchObject({ last: '2026-11-29', days: 29, soFar: true });
  });

  it('on the 1st, and for a later month, no day counts yet', () => {
    expect(monthWindow('2026-12', '2026-12-01')).toEqual({ month: '2026-12', first: '2026-12-01', last: '2026-11-30', days: 0, soFar: true });
    expect(monthWindow('2027-03', '2026-12-05')).toMatchObject({ days: 0, soFar: true });
  });

  it('says what is wrong with a malformed month or day', () => {
    expect(() => monthWindow('2026-13', '2026-12-05')).toThrow('A month is written YYYY-MM (2026-11), got "2026-13"');
    expect(() => monthWindow('2026-1', '2026-12-05')).toThrow(/YYYY-MM \(2026-11\), got "2026-1"/);
    expect(() => monthWindow('2026-11', '2026-02-30')).toThrow('monthWindow: today must be a date YYYY-MM-DD, got "2026-02-30"');
  });
});

describe('previousMonth', () => {
  it('steps back one month, across a year', () => {
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(() => previousMonth('2026-00')).toThrow(/YYYY-MM \(2026-11\), got "2026-00"/);
  });
});
