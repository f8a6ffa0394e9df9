import type { Grade } from './kpi-scheme';

/** Absorbs floating-point error so a weighted mean of exactly 90 is not 89.99999999 and 银牌. */
const EPSILON = 1e-9;

/** Name of the highest grade whose minScore ≤ score (grades in any order); null below all or without a score. */
export function gradeOf(score: number | null, grades: readonly Grade[]): string | null {
  if (score === null || !Number.isFinite(score)) return null;
  let best: Grade | null = null;
  for (const g of grades) {
    if (score + EPSILON >= g.minScore && (best === null || g.minScore > best.minScore)) best = g;
  }
  return best?.name ?? null;
}
