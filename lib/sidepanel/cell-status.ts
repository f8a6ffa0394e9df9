import type { TargetGap } from '../analysis';

export type CellStatus = 'pass' | 'near' | 'fail' | 'none';

/**
 * Share of the scheme's worst→best span within which a miss counts as "near" rather than "fail": a reply
 * rate of 97.6% against 98% (span 90→100) is 0.04 short, a nudge away, not a red cell.
 */
export const NEAR_SHORTFALL = 0.1;

/** How a team-table cell is coloured: by the gap to the target of the agent's scheme; none outside it. */
export function cellStatus(gap: TargetGap | undefined): CellStatus {
  if (!gap || gap.passed === null || gap.shortfall === null) return 'none';
  if (gap.passed) return 'pass';
  return gap.shortfall <= NEAR_SHORTFALL ? 'near' : 'fail';
}
