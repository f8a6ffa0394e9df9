import type { PeriodKey } from '../db';

/**
 * The months the month view offers, newest first: this month so far (always, the default: an agent's pay
 * is about the running month) and every month some captured period starts in.
 */
export function monthChoices(periods: readonly PeriodKey[], today: string): string[] {
  const current = today.slice(0, 7);
  const months = new Set<string>([current]);
  for (const p of periods) if (p.start.slice(0, 7) <= current) months.add(p.start.slice(0, 7));
  return [...months].sort().reverse();
}
