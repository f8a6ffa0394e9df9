import { isNewer } from '../model';
import type { ValueRecord } from '../model/schemas';
import type { DailyPoint } from './types';

/**
 * Daily lines per metric: metric id → points sorted by date. Only one-day periods make points (a week
 * or a month is an aggregate, never a day). Missing values make no point. When several values land on
 * one day (an agent's aliases, several team-average rows, two consoles) the latest capture wins; a
 * missing value never hides a number captured for the same day under another text.
 */
export function dailySeries(values: Iterable<ValueRecord>): Map<string, DailyPoint[]> {
  const byMetric = new Map<string, Map<string, ValueRecord>>();
  for (const v of values) {
    if (v.value === null || v.periodStart !== v.periodEnd) continue;
    let days = byMetric.get(v.metric);
    if (!days) byMetric.set(v.metric, (days = new Map()));
    const seen = days.get(v.periodStart);
    if (!seen || isNewer(v, seen)) days.set(v.periodStart, v);
  }
  const out = new Map<string, DailyPoint[]>();
  for (const [metric, days] of byMetric) {
    const points: DailyPoint[] = [];
    for (const [date, v] of days) points.push({ date, value: v.value! });
    // ISO dates sort as strings.
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    out.set(metric, points);
  }
  return out;
}
