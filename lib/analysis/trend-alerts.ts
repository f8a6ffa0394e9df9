import { isoDayNumber, metricById } from '../model';
import type { DailyPoint, TrendAlert } from './types';

export interface TrendAlertOptions {
  /** worsening_run: this many day-on-day worsenings in a row ending at the latest point (N + 1 points). */
  runLength: number;
  /** A step counts only when it is worse by more than this share of the earlier value (98.00 → 97.99 is noise). */
  runTolerance: number;
  /** Consecutive points of a run may be at most this many calendar days apart (a weekend off is fine). */
  runMaxGapDays: number;
  /** sharp_drop: the latest is compared with the mean of up to this many points before it… */
  dropWindow: number;
  /** …of which at least this many are needed… */
  dropMinPoints: number;
  /** …all dated within this many calendar days before the latest (an old average says nothing). */
  dropMaxAgeDays: number;
  /** Worse than the mean by at least this share of |mean| (0.15 = 15%). */
  dropRelative: number;
  /** Percent metrics: worse by at least this many points alerts whatever the relative change (99 → 96). */
  dropPercentPoints: number;
  /** Percent metrics: the relative rule also needs this many points (return rate 2% → 2.4% is noise). */
  dropMinPercentPoints: number;
  /** Count metrics: worse by at least this many (one more unreplied customer is not a trend). */
  dropMinCount: number;
}

/**
 * Chosen for daily figures of one agent, which swing a lot: 3 worsenings (4 days) is the shortest run a
 * 主管 would call a trend, and a step under 0.2% (98.00 → 97.99, 30.0 s → 30.05 s) is rounding, not a step; 15% below the week's average is a clear drop for seconds, money and counts,
 * while rates near 100% move little, so 3 points of reply rate is already serious.
 */
export const DEFAULT_TREND_ALERT_OPTIONS: Readonly<TrendAlertOptions> = Object.freeze({
  runLength: 3,
  runTolerance: 0.002,
  runMaxGapDays: 2,
  dropWindow: 7,
  dropMinPoints: 4,
  dropMaxAgeDays: 14,
  dropRelative: 0.15,
  dropPercentPoints: 3,
  dropMinPercentPoints: 1,
  dropMinCount: 2,
});

/**
 * Day numbers of the dates seen lately: a team view asks for the same dozen dates for every agent and
 * metric (≈100k times at 1,000 agents), and reading a date each time was most of its alerts' cost.
 */
const dayNumbers = new Map<string, number | null>();
const DAY_NUMBERS_KEPT = 4096;

function dayNumber(date: string): number | null {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    if (dayNumbers.size >= DAY_NUMBERS_KEPT) dayNumbers.clear();
    dayNumbers.set(date, (n = isoDayNumber(date)));
  }
  return n;
}

/** Calendar days from a to b (b later = positive); null for a date that is not ISO. */
function daysBetween(a: string, b: string): number | null {
  const [from, to] = [dayNumber(a), dayNumber(b)];
  return from === null || to === null ? null : to - from;
}

/**
 * Alerts about the latest point of one agent's daily series of one metric (points sorted by date, one-day
 * periods only). Direction comes from the catalog; neutral and unknown metrics never alert. Returns at
 * most one alert of each kind, the run first.
 */
export function trendAlerts(metric: string, points: readonly DailyPoint[], options?: Partial<TrendAlertOptions>): TrendAlert[] {
  const def = metricById(metric);
  if (def === undefined || def.direction === 'neutral' || points.length < 2) return [];
  const o: TrendAlertOptions = { ...DEFAULT_TREND_ALERT_OPTIONS, ...options };
  // sign × (b − a) > 0 means b is worse than a.
  const sign = def.direction === 'up' ? -1 : 1;
  const last = points.length - 1;
  const latest = points[last]!;
  const alerts: TrendAlert[] = [];

  // (a) worsening_run: walk back from the latest while each step is a real worsening on close days.
  let run = 0;
  for (let i = last; i > 0; i--) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    const gap = daysBetween(prev.date, cur.date);
    if (gap === null || gap < 1 || gap > o.runMaxGapDays) break;
    const tolerance = Math.max(Math.abs(prev.value) * o.runTolerance, 1e-9);
    if (sign * (cur.value - prev.value) <= tolerance) break;
    run++;
  }
  if (run >= o.runLength) {
    const baseline = points[last - run]!.value;
    alerts.push(alert(metric, 'worsening_run', latest, run, baseline));
  }

  // (b) sharp_drop: the latest against the mean of the recent points before it.
  let sum = 0;
  let n = 0;
  for (let i = last - 1; i >= 0 && n < o.dropWindow; i--) {
    const age = daysBetween(points[i]!.date, latest.date);
    if (age === null || age < 1) continue; // a duplicate day is not history
    if (age > o.dropMaxAgeDays) break;
    sum += points[i]!.value;
    n++;
  }
  if (n >= o.dropMinPoints) {
    const mean = sum / n;
    const worse = sign * (latest.value - mean);
    // A mean of 0 has no relative change to report (0 unreplied → 1 is caught by the run, if it persists).
    if (mean !== 0 && worse > 0) {
      const relative = worse / Math.abs(mean);
      let sharp: boolean;
      if (def.unit === 'percent') {
        sharp = worse >= o.dropPercentPoints || (relative >= o.dropRelative && worse >= o.dropMinPercentPoints);
      } else if (def.unit === 'count') {
        sharp = relative >= o.dropRelative && worse >= o.dropMinCount;
      } else {
        sharp = relative >= o.dropRelative;
      }
      if (sharp) alerts.push(alert(metric, 'sharp_drop', latest, n, mean));
    }
  }
  return alerts;
}

function alert(metric: string, kind: TrendAlert['kind'], latest: DailyPoint, periods: number, baseline: number): TrendAlert {
  return {
    metric,
    kind,
    date: latest.date,
    periods,
    latest: latest.value,
    baseline,
    changePercent: baseline === 0 ? 0 : ((latest.value - baseline) / Math.abs(baseline)) * 100,
  };
}
