import { startOfDay } from 'date-fns';
import type { MetricTrend } from '../analysis';

/** A point on the chart: x in epoch ms (local midnight of the day), y in the metric's unit. */
export interface XY {
  x: number;
  y: number;
}

/** One horizontal target segment: a scheme version's target over the days it was in force. */
export interface TargetSegment {
  xMin: number;
  xMax: number;
  y: number;
}

export interface TrendChartData {
  values: XY[];
  average: XY[];
  targets: TargetSegment[];
  /** Time axis range: the agent's days (or the average's when the agent has none), half a day padded. */
  xMin: number;
  xMax: number;
  /** Suggested y range: covers values, in-range average and targets with a margin, so a target never sits on the edge. */
  yMin: number;
  yMax: number;
  /** Target of the newest drawn step (the line at the right end); null when no step falls in the range. */
  latestTarget: number | null;
}

const HALF_DAY = 12 * 3600 * 1000;

/** ISO date → local midnight in ms, without a date library: this runs for every point of every chart. */
export function dayMs(iso: string): number {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))).getTime();
}

/**
 * What a trend chart draws, as plain numbers (chart.js reads them with parsing off). Steps are clipped to
 * the shown range so the target line never stretches the time axis back to an old scheme's start; adjacent
 * steps meet halfway between their days. `ceiling` caps the suggested top (100 for rates).
 */
export function trendChartData(trend: MetricTrend, options: { ceiling?: number } = {}): TrendChartData {
  const values = trend.points.map((p) => ({ x: dayMs(p.date), y: p.value }));
  const allAverage = trend.teamAverage.map((p) => ({ x: dayMs(p.date), y: p.value }));
  const basis = values.length > 0 ? values : allAverage;
  let first = Infinity;
  let last = -Infinity;
  for (const p of basis) {
    if (p.x < first) first = p.x;
    if (p.x > last) last = p.x;
  }
  if (basis.length === 0) {
    last = startOfDay(new Date()).getTime();
    first = last;
  }
  const xMin = first - HALF_DAY;
  const xMax = last + HALF_DAY;
  const average = allAverage.filter((p) => p.x >= xMin && p.x <= xMax);

  const steps = [...trend.targets].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const targets: TargetSegment[] = [];
  for (const step of steps) {
    const from = Math.max(dayMs(step.from) - HALF_DAY, xMin);
    const to = step.to === null ? xMax : Math.min(dayMs(step.to) + HALF_DAY, xMax);
    if (from < to) targets.push({ xMin: from, xMax: to, y: step.target });
  }
  // The newest drawn segment: what the line at the right end of the chart shows.
  const latestTarget = targets.length > 0 ? targets[targets.length - 1]!.y : null;

  let lo = Infinity;
  let hi = -Infinity;
  for (const p of values) {
    if (p.y < lo) lo = p.y;
    if (p.y > hi) hi = p.y;
  }
  for (const p of average) {
    if (p.y < lo) lo = p.y;
    if (p.y > hi) hi = p.y;
  }
  for (const s of targets) {
    if (s.y < lo) lo = s.y;
    if (s.y > hi) hi = s.y;
  }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  const span = hi - lo || Math.abs(hi) || 1;
  const margin = span * 0.1;
  const yMin = lo >= 0 && lo - margin < 0 ? 0 : lo - margin;
  // A rate never passes 100%: a margin above it would make the axis read 110% or 150%.
  const yMax = options.ceiling !== undefined && hi <= options.ceiling ? Math.min(hi + margin, options.ceiling) : hi + margin;
  return { values, average, targets, xMin, xMax, yMin, yMax, latestTarget };
}
