import { estimateCommission } from './commission';
import { gradeOf } from './grade-of';
import type { SchemeVersion } from './kpi-scheme';
import { targetGap } from './target-gap';
import type { AgentStanding, TargetGap } from './types';
import { weakestMetric } from './weakest-metric';

/**
 * Weighted mean of the scores of the gaps that have one, weights renormalised over them (a missing
 * metric neither helps nor hurts). Should all those weights be 0, a plain mean. null with no scores.
 */
function weightedScore(gaps: readonly TargetGap[], kind: 'incentive' | null): number | null {
  let weighted = 0;
  let weights = 0;
  let plain = 0;
  let n = 0;
  for (const g of gaps) {
    if (g.score === null || (kind !== null && g.kind !== kind)) continue;
    weighted += g.score * g.weight;
    weights += g.weight;
    plain += g.score;
    n++;
  }
  if (n === 0) return null;
  return weights > 0 ? weighted / weights : plain / n;
}

/**
 * One agent against one scheme version: gaps in scheme order, score, grade, basic passes, incentive
 * score, commission and the weakest metric. Linear in the number of metrics (called per agent per render).
 * `commissionValues`: what commission is paid on when it differs from what is judged (a month judges
 * counts per day and pays on the month's totals).
 */
export function agentStanding(
  values: ReadonlyMap<string, number | null>,
  version: SchemeVersion,
  commissionValues: ReadonlyMap<string, number | null> = values,
): AgentStanding {
  const gaps: TargetGap[] = [];
  let basicPassed = 0;
  let basicTotal = 0;
  for (const m of version.metrics) {
    const gap = targetGap(m, values.get(m.metric) ?? null);
    gaps.push(gap);
    if (m.kind === 'basic' && gap.passed !== null) {
      basicTotal++;
      if (gap.passed) basicPassed++;
    }
  }
  const score = weightedScore(gaps, null);
  const incentiveScore = weightedScore(gaps, 'incentive');
  return {
    score,
    grade: gradeOf(score, version.grades),
    gaps,
    basicPassed,
    basicTotal,
    incentiveScore,
    commission: estimateCommission(commissionValues, version, incentiveScore),
    weakest: weakestMetric(gaps),
  };
}
