import type { TargetGap } from '@/lib/analysis/types';

/**
 * Gaps worst first: the largest shortfall (already normalised for scale and direction) leads; metrics
 * without a value go last, in scheme order.
 */
export function largestGapsFirst(gaps: readonly TargetGap[]): TargetGap[] {
  return gaps
    .map((gap, index) => ({ gap, index }))
    .sort((a, b) => {
      const sa = a.gap.shortfall;
      const sb = b.gap.shortfall;
      if (sa === null || sb === null) return sa === sb ? a.index - b.index : sa === null ? 1 : -1;
      return sb - sa || a.index - b.index;
    })
    .map(({ gap }) => gap);
}
