import { describe, expect, it } from 'vitest';
import type { KpiScheme, SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import { schemeVersionAt } from '../../../lib/analysis/scheme-version-at';

function version(effectiveFrom: string, target: number): SchemeVersion {
  return {
    effectiveFrom,
    metrics: [{ metric: 'reply_rate', kind: 'basic', target, worst: 90, best: 100, weight: 1 }],
    grades: [],
    commission: [],
    commissionScaledByScore: false,
  };
}

const scheme: KpiScheme = {
  role: 'presale',
  name: '售前考核',
  versions: [version('2026-01-01', 95), version('2026-07-01', 97), version('2026-11-01', 98)],
};

describe('schemeVersionAt', () => {
  it.each([
    ['2025-12-31', 95], // before the first version: judged by the first
    ['2026-01-01', 95],
    ['2026-06-30', 95],
    ['2026-07-01', 97],
    ['2026-10-31', 97],
    ['2026-11-01', 98],
    ['2027-03-15', 98],
  ])('%s is judged with target %s', (date, target) => {
    expect(schemeVersionAt(scheme, date).metrics[0]!.target).toBe(target);
  });

  it('works with a single version', () => {
    const one: KpiScheme = { ...scheme, versions: [version('2026-05-01', 96)] };
    expect(schemeVersionAt(one, '2020-01-01').effectiveFrom).toBe('2026-05-01');
    expect(schemeVersionAt(one, '2030-01-01').effectiveFrom).toBe('2026-05-01');
  });

  it('refuses a scheme without versions instead of returning undefined', () => {
    expect(() => schemeVersionAt({ ...scheme, versions: [] }, '2026-01-01')).toThrow(/no versions/);
  });
});
