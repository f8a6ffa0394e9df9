/**
 * The order of a ranking by score: the highest first, no score (no role, no values) last; 0 for a tie,
 * so a stable sort keeps the caller's order among equal scores, or `||` adds a tie-break.
 */
export function byScoreDescending(x: number | null, y: number | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return y - x;
}
