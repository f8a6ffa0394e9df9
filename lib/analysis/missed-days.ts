import type { SchemeMetric } from './kpi-scheme';
import { targetGap } from './target-gap';
import type { DailyPoint } from './types';

export interface MissedDays {
  /** Days whose value misses the standard (direction-aware, as targetGap judges). */
  missed: number;
  /** Days with a value: a day without one is neither missed nor met (missing is not zero). */
  judged: number;
}

/**
 * How many days of [first, last] missed a basic standard. Each day is judged by the standard passed in,
 * the month's version (see monthSchemeVersion), so the count always answers "below the target shown".
 * A date seen twice counts once (its last point), since a day is one day of the month.
 */
export function missedDays(m: SchemeMetric, points: readonly DailyPoint[], first: string, last: string): MissedDays {
  const byDate = new Map<string, number>();
  for (const p of points) if (p.date >= first && p.date <= last && Number.isFinite(p.value)) byDate.set(p.date, p.value);
  let missed = 0;
  for (const value of byDate.values()) if (targetGap(m, value).passed === false) missed++;
  return { missed, judged: byDate.size };
}
