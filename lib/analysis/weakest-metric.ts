import { rankGaps, weightShare, weightTotals } from './rank-gaps';
import type { TargetGap, WeakestMetric } from './types';

/**
 * The metric to work on first: the head of rankGaps. A metric short of its target is ranked by
 * shortfall × its share of the weight; weight-0 metrics take part only when every metric weighs 0. When
 * every candidate meets its target, the one with the least normalised margin is returned with
 * meetsTarget true. null when no gap has a value.
 */
export function weakestMetric(gaps: readonly TargetGap[]): WeakestMetric | null {
  const first = rankGaps(gaps)[0];
  if (!first || first.shortfall === null) return null;
  const { withValue, totalWeight } = weightTotals(gaps);
  const severity = first.shortfall * weightShare(first, totalWeight > 0, totalWeight, withValue) + 0; // + 0: never −0
  return { metric: first.metric, gap: first, severity, meetsTarget: first.shortfall <= 0 };
}
