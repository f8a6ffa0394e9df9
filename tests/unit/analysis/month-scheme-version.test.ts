import { describe, expect, it } from 'vitest';
import type { KpiScheme, SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import { monthSchemeVersion } from '../../../lib/analysis/month-scheme-version';
import { monthBounds, previousMonth } from '../../../lib/analysis/month-window';
import { schemeVersionAt } from '../../../lib/analysis/scheme-version-at';

const v = (effectiveFrom: string, target: number): SchemeVersion => ({
  effectiveFrom,
  metrics: [{ metric: 'reply_rate', kind: 'basic', target, worst: 90, best: 100, weight: 1 }],
  grades: [],
  commission: [],
  commissionScaledByScore: false,
});
// 98% until 2026-11-14, 99% from 2026-11-15 (mid-month), 99.5% from 2027-01-01 (a month's first day).
const scheme: KpiScheme = { role: 'presale', name: '售前考核', versions: [v('2026-01-01', 98), v('2026-11-15', 99), v('2027-01-01', 99.5)] };

describe('monthSchemeVersion: the version in force on the month’s first day', () => {
  it('judges the month a version starts in mid-month by the version before it', () => {
    expect(monthSchemeVersion(scheme, '2026-11').metrics[0]!.target).toBe(98);
    // days follow the new version from its own date
    expect(schemeVersionAt(scheme, '2026-11-20').metrics[0]!.target).toBe(99);
  });

  it('uses the mid-month version from the next month on', () => {
    expect(monthSchemeVersion(scheme, '2026-12').metrics[0]!.target).toBe(99);
  });

  it('uses a version that starts on the first for that very month', () => {
    expect(monthSchemeVersion(scheme, '2027-01').metrics[0]!.target).toBe(99.5);
  });

  it('judges a month before the first version by the first', () => {
    expect(monthSchemeVersion(scheme, '2025-06').metrics[0]!.target).toBe(98);
  });

  it('refuses a month that is not YYYY-MM, saying what it got', () => {
    expect(() => monthSchemeVersion(scheme, '2026-13')).toThrow('A month is written YYYY-MM (2026-11), got "2026-13"');
    expect(() => monthSchemeVersion(scheme, '2026-11-01')).toThrow('got "2026-11-01"');
  });
});

describe('month bounds', () => {
  it('knows the last day, leap years included', () => {
    expect(monthBounds('2026-11')).toEqual({ first: '2026-11-01', last: '2026-11-30' });
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2026-02').last).toBe('2026-02-28');
    expect(monthBounds('2026-12').last).toBe('2026-12-31');
  });

  it('steps back across the year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });
});
