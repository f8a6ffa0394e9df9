import type { SchemeMetric } from './kpi-scheme';

/**
 * 0–100 by linear interpolation between `worst` (0) and `best` (100), clamped: the widely copied Taobao
 * scheme (docs/metrics.md). Works for both directions because the ratio is taken against best − worst.
 */
export function metricScore(value: number, m: SchemeMetric): number {
  const span = m.best - m.worst;
  // The schema forbids worst === best; should one slip through, only the exact value scores.
  if (span === 0) return value === m.best ? 100 : 0;
  const score = ((value - m.worst) / span) * 100;
  if (!(score > 0)) return 0; // also NaN
  return score >= 100 ? 100 : score;
}
