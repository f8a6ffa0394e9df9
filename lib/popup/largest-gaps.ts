import type { TargetGap } from '../analysis/types';

/**
 * The gaps to work on, worst first, ranked like the weakest metric (lib/analysis/weakest-metric.ts):
 * shortfall × the metric's share of the weight among the gaps with a value, so a far-off metric that
 * hardly counts does not outrank a close one that counts a lot. Only gaps short of their target; ties
 * keep scheme order. Weight 0 everywhere: every metric counts the same.
 */
export function largestGaps(gaps: readonly TargetGap[], limit = 3): TargetGap[] {
  const withValue = gaps.filter((g) => g.shortfall !== null);
  const total = withValue.reduce((sum, g) => sum + g.weight, 0);
  const share = (g: TargetGap) => (total > 0 ? g.weight / total : 1 / withValue.length);
  return withValue
    .map((gap, index) => ({ gap, index, severity: gap.shortfall! * share(gap) }))
    .filter((x) => x.gap.shortfall! > 0 && (total === 0 || x.gap.weight > 0))
    .sort((a, b) => b.severity - a.severity || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.gap);
}
