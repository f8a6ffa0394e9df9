import type { TrendAlert } from '../analysis';

/**
 * One entry per metric, in first-seen order: a metric can both slide for days and drop sharply, and
 * the table shows it once (one icon, both sentences), so "which metrics alert" has one element each.
 */
export function alertsByMetric(alerts: readonly TrendAlert[]): TrendAlert[][] {
  const groups = new Map<string, TrendAlert[]>();
  for (const alert of alerts) {
    const group = groups.get(alert.metric);
    if (group) group.push(alert);
    else groups.set(alert.metric, [alert]);
  }
  return [...groups.values()];
}
