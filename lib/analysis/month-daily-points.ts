import { type CaptureStamp, isNewer } from '../model';
import type { MonthWindow } from './month-window';
import type { PeriodRow } from './month-values';
import type { DailyPoint } from './types';

/**
 * The daily points of some metrics inside a month's window, from one agent's rows (all its texts and
 * sources): what judgeAgentMonth counts missed days on. One point per day and metric; where two texts or
 * sources hold that day, the later capture wins (as month-values.ts chooses). Missing values are no point.
 */
export function monthDailyPoints(rows: Iterable<PeriodRow>, window: MonthWindow, metrics: Iterable<string>): Map<string, DailyPoint[]> {
  const wanted = new Set(metrics);
  const chosen = new Map<string, Map<string, { value: number; stamp: CaptureStamp }>>();
  for (const row of rows) {
    if (row.start !== row.end || row.start < window.first || row.start > window.last) continue;
    for (let i = 0; i < row.metrics.length; i++) {
      const metric = row.metrics[i]!;
      const value = row.values[i];
      if (!wanted.has(metric) || value === null || value === undefined) continue;
      let days = chosen.get(metric);
      if (!days) chosen.set(metric, (days = new Map()));
      const seen = days.get(row.start);
      if (seen && !isNewer(row.stamps[i]!, seen.stamp)) continue;
      days.set(row.start, { value, stamp: row.stamps[i]! });
    }
  }
  const out = new Map<string, DailyPoint[]>();
  for (const [metric, days] of chosen) {
    const points = [...days].map(([date, d]) => ({ date, value: d.value }));
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    out.set(metric, points);
  }
  return out;
}
