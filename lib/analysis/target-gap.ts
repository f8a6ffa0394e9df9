import { metricById } from '../model';
import type { SchemeMetric } from './kpi-scheme';
import { metricScore } from './metric-score';
import type { TargetGap } from './types';

/**
 * Whether higher values are better for this scheme metric. The scheme says so itself (best above worst);
 * the catalog direction is only a fallback for a degenerate best === worst.
 */
export function higherIsBetter(m: SchemeMetric): boolean {
  if (m.best !== m.worst) return m.best > m.worst;
  return metricById(m.metric)?.direction !== 'down';
}

/** Where one value stands against its scheme metric (see TargetGap for each field). */
export function targetGap(m: SchemeMetric, value: number | null): TargetGap {
  if (value === null || !Number.isFinite(value)) {
    return {
      metric: m.metric,
      kind: m.kind,
      value: null,
      target: m.target,
      gap: null,
      gapPercent: null,
      shortfall: null,
      passed: null,
      score: null,
      weight: m.weight,
    };
  }
  const up = higherIsBetter(m);
  const gap = value - m.target;
  // Normalised by the scheme's own scoring span so 2 pp of reply rate and 5 s of response time compare.
  const span = Math.abs(m.best - m.worst) || 1;
  return {
    metric: m.metric,
    kind: m.kind,
    value,
    target: m.target,
    gap,
    gapPercent: m.target === 0 ? null : (gap / Math.abs(m.target)) * 100,
    // + 0 turns −0 (exactly on target) into 0.
    shortfall: (up ? -gap : gap) / span + 0,
    passed: up ? value >= m.target : value <= m.target,
    score: metricScore(value, m),
    weight: m.weight,
  };
}
