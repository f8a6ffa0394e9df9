import type { TargetGap } from './types';

/**
 * The gaps in the order to work on them, the weakest metric first:
 * 1. short of the target, by shortfall × the metric's share of the weight (gaps with a value count);
 * 2. meeting the target, least margin first (normalised shortfall, before weighting);
 * 3. weight-0 metrics (they count only when every metric weighs 0: then all are ranked as above);
 * 4. no value. Ties keep scheme order.
 */
export function rankGaps(gaps: readonly TargetGap[]): TargetGap[] {
  const { withValue, totalWeight } = weightTotals(gaps);
  const weighted = totalWeight > 0;
  const group = (g: TargetGap): number => {
    if (g.shortfall === null) return 3;
    if (weighted && g.weight <= 0) return 2;
    return g.shortfall > 0 ? 0 : 1;
  };
  const key = (g: TargetGap): number => {
    if (g.shortfall === null) return 0;
    if (g.shortfall > 0 && !(weighted && g.weight <= 0)) return g.shortfall * weightShare(g, weighted, totalWeight, withValue);
    return g.shortfall;
  };
  return gaps
    .map((gap, index) => ({ gap, index, group: group(gap), key: key(gap) }))
    .sort((a, b) => a.group - b.group || b.key - a.key || a.index - b.index)
    .map((x) => x.gap);
}

/** How many gaps have a value, and their summed weight: the base of every weight share. */
export function weightTotals(gaps: readonly TargetGap[]): { withValue: number; totalWeight: number } {
  let withValue = 0;
  let totalWeight = 0;
  for (const g of gaps) {
    if (g.shortfall === null) continue;
    withValue++;
    totalWeight += g.weight;
  }
  return { withValue, totalWeight };
}

/** A gap's share of the weight among the gaps with a value; equal shares when nothing is weighted. */
export function weightShare(g: TargetGap, weighted: boolean, totalWeight: number, withValue: number): number {
  return weighted ? g.weight / totalWeight : 1 / withValue;
}
