import { describe, expect, it } from 'vitest';
import { estimateCommission } from '../../../lib/analysis/commission';
import type { SchemeVersion } from '../../../lib/analysis/kpi-scheme';

function version(commission: SchemeVersion['commission'], commissionScaledByScore = false): SchemeVersion {
  return { effectiveFrom: '2026-01-01', metrics: [], grades: [], commission, commissionScaledByScore };
}

// 客服 小美 in a month: ¥86,420.50 sales, 312 items sold.
const values = new Map<string, number | null>([
  ['sales_amount', 86420.5],
  ['sales_volume', 312],
  ['net_sales_amount', null],
]);

describe('estimateCommission', () => {
  it('percent_of takes rate % of the value', () => {
    expect(estimateCommission(values, version([{ metric: 'sales_amount', mode: 'percent_of', rate: 0.5 }]), null)).toBeCloseTo(432.1025, 9);
  });

  it('per_unit pays the rate per unit', () => {
    expect(estimateCommission(values, version([{ metric: 'sales_volume', mode: 'per_unit', rate: 0.8 }]), null)).toBeCloseTo(249.6, 9);
  });

  it('sums the items and skips those without a value', () => {
    const v = version([
      { metric: 'sales_amount', mode: 'percent_of', rate: 0.5 },
      { metric: 'sales_volume', mode: 'per_unit', rate: 0.8 },
      { metric: 'net_sales_amount', mode: 'percent_of', rate: 1 },
      { metric: 'avg_order_value', mode: 'per_unit', rate: 1 }, // absent from the map
    ]);
    expect(estimateCommission(values, v, null)).toBeCloseTo(432.1025 + 249.6, 9);
  });

  it('scales by the incentive score when the version says so', () => {
    const v = version([{ metric: 'sales_volume', mode: 'per_unit', rate: 1 }], true);
    expect(estimateCommission(values, v, 75)).toBeCloseTo(234, 9);
    expect(estimateCommission(values, v, 0)).toBe(0);
    // No incentive score: the scaled figure is unknown, not the unscaled one.
    expect(estimateCommission(values, v, null)).toBeNull();
  });

  it('does not scale when the version does not say so', () => {
    const v = version([{ metric: 'sales_volume', mode: 'per_unit', rate: 1 }], false);
    expect(estimateCommission(values, v, 50)).toBe(312);
  });

  it('is null without items or without any value for them', () => {
    expect(estimateCommission(values, version([]), 80)).toBeNull();
    expect(estimateCommission(values, version([{ metric: 'net_sales_amount', mode: 'percent_of', rate: 1 }]), 80)).toBeNull();
  });

  it('a value of 0 is a value: commission 0, not null', () => {
    const zero = new Map<string, number | null>([['sales_amount', 0]]);
    expect(estimateCommission(zero, version([{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }]), null)).toBe(0);
  });
});
