import type { TargetGap, WeakestMetric } from './types';

/**
 * The metric to work on first. Among the gaps with a value, each short of its target is ranked by
 * shortfall × its share of the weight (weights of the gaps with values). Weight-0 metrics take part only
 * when every metric with a value has weight 0 (then all count equally). When every candidate meets its
 * target, the one with the least normalised margin (largest shortfall, ≤ 0) is returned with
 * meetsTarget true. Ties go to the earlier metric in scheme order. null when no gap has a value.
 */
export function weakestMetric(gaps: readonly TargetGap[]): WeakestMetric | null {
  let totalWeight = 0;
  let withValue = 0;
  for (const g of gaps) {
    if (g.shortfall === null) continue;
    withValue++;
    totalWeight += g.weight;
  }
  if (withValue === 0) return null;
  const weighted = totalWeight > 0;

  let worst: TargetGap | null = null;
  let worstSeverity = -Infinity;
  let closest: TargetGap | null = null;
  for (const g of gaps) {
    if (g.shortfall === null) continue;
    if (weighted && g.weight <= 0) continue;
    const share = weighted ? g.weight / totalWeight : 1 / withValue;
    const severity = g.shortfall * share;
    if (g.shortfall > 0) {
      if (severity > worstSeverity) {
        worst = g;
        worstSeverity = severity;
      }
    } else if (closest === null || g.shortfall > closest.shortfall!) {
      closest = g;
    }
  }
  if (worst !== null) return { metric: worst.metric, gap: worst, severity: worstSeverity, meetsTarget: false };
  // Every candidate meets its target (closest cannot be null: some gap had a value and was a candidate).
  const g = closest!;
  const share = weighted ? g.weight / totalWeight : 1 / withValue;
  return { metric: g.metric, gap: g, severity: g.shortfall! * share + 0, meetsTarget: true };
}
