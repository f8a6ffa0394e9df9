import type { SchemeVersion } from './kpi-scheme';

/**
 * Estimated commission in yuan from the version's commission items: `percent_of` takes rate % of a money
 * value, `per_unit` pays rate yuan per unit of a count. Items without a value add nothing.
 * null when the version has no items, no item has a value, or the sum must be scaled by an incentive
 * score that is unknown (a guess would look like a real figure).
 */
export function estimateCommission(
  values: ReadonlyMap<string, number | null>,
  version: SchemeVersion,
  incentiveScore: number | null,
): number | null {
  let sum = 0;
  let any = false;
  for (const item of version.commission) {
    const value = values.get(item.metric);
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    any = true;
    sum += item.mode === 'percent_of' ? (value * item.rate) / 100 : value * item.rate;
  }
  if (!any) return null;
  if (!version.commissionScaledByScore) return sum;
  if (incentiveScore === null) return null;
  return (sum * incentiveScore) / 100;
}
