import { describe, expect, it } from 'vitest';
import { isoDayNumber, periodDays } from '@/lib/model/iso-date';

describe('periodDays', () => {
  it('counts calendar days inclusive', () => {
    expect(periodDays('2026-11-25', '2026-11-25')).toBe(1);
    expect(periodDays('2026-11-01', '2026-11-30')).toBe(30);
    expect(periodDays('2026-11-28', '2026-12-04')).toBe(7);
    expect(periodDays('2025-12-31', '2026-01-01')).toBe(2);
  });

  it('knows leap years', () => {
    expect(periodDays('2024-02-28', '2024-03-01')).toBe(3);
    expect(periodDays('2026-02-28', '2026-03-01')).toBe(2);
    expect(periodDays('2024-01-01', '2024-12-31')).toBe(366);
  });

  it('is not moved by daylight saving (days of 23 and 25 hours in many time zones)', () => {
    expect(periodDays('2026-03-01', '2026-03-31')).toBe(31);
    expect(periodDays('2026-10-20', '2026-11-10')).toBe(22);
  });

  it('gives 0 or less when the end is before the start', () => {
    expect(periodDays('2026-11-25', '2026-11-24')).toBe(0);
    expect(periodDays('2026-11-25', '2026-11-15')).toBe(-9);
  });

  it('is null for a date that is not a real YYYY-MM-DD date', () => {
    expect(periodDays('2026-02-29', '2026-03-01')).toBeNull();
    expect(periodDays('2026-11-01', '2026-11-31')).toBeNull();
    expect(periodDays('2026-1-01', '2026-11-02')).toBeNull();
    expect(periodDays('2026-11-01', '')).toBeNull();
  });
});

describe('isoDayNumber', () => {
  it('counts days since 1970-01-01, so differences are calendar days', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDayNumber('1970-01-02')).toBe(1);
    expect(isoDayNumber('2026-12-01')! - isoDayNumber('2026-11-30')!).toBe(1);
    expect(isoDayNumber('2025-01-01')! - isoDayNumber('2024-01-01')!).toBe(366);
  });

  it('is null for what is not a real date', () => {
    expect(isoDayNumber('2026-02-29')).toBeNull();
    expect(isoDayNumber('2026-11-5')).toBeNull();
    expect(isoDayNumber('')).toBeNull();
  });
});
