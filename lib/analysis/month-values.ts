import { type CaptureStamp, isNewer } from '../model';
import type { ValueRecord } from '../model/schemas';
import { monthRuleOf, type MonthRatio } from './month-rules';
import type { MonthWindow } from './month-window';

/**
 * Month values per agent and metric, from the best evidence (docs/metrics.md "Month values"): a period
 * that is exactly the month wins; else the one-day periods, aggregated by the metric's rule. Missing days
 * are never zeros: each value says how many days it rests on. Weeks and other ranges are not used.
 */

/**
 * The values of one row text for one period, as parallel arrays (as lib/db stores them): a month of
 * 1,000 agents is ≈775k values, too many to build an object each. `stamps[i]` says when `values[i]` was
 * captured, to choose between two texts or sources of one agent and day (the later capture wins).
 */
export interface PeriodRow {
  label: string;
  start: string;
  end: string;
  metrics: readonly string[];
  values: readonly (number | null)[];
  stamps: readonly CaptureStamp[];
}

/** What was applied: the month's own period, or a rule of month-rules.ts over the days; 'none' without a value. */
export type AppliedMonthRule = 'period' | 'sum' | 'max' | 'dailyMean' | 'ratio' | 'weighted' | 'mean' | 'none';

export interface MonthValue {
  /** In the metric's canonical unit; null when the month has no evidence for it. */
  value: number | null;
  /** Days it rests on: the window's days for a whole-month period, else the days that went in. */
  days: number;
  /** The month's days, or the days so far (MonthWindow.days). */
  monthDays: number;
  /** A plain mean where the metric needs a base, or a base that only stands in for the true one. */
  approximate: boolean;
  source: 'month' | 'days';
  rule: AppliedMonthRule;
  /** The metrics it was computed from: [numerator, denominator] for 'ratio', [volume] for 'weighted'. */
  basis: readonly string[];
}

/** One row per value, for callers holding plain ValueRecords (an agent's history, tests). */
export function periodRowsOf(values: Iterable<ValueRecord>): PeriodRow[] {
  const rows: PeriodRow[] = [];
  for (const v of values) rows.push({ label: v.label, start: v.periodStart, end: v.periodEnd, metrics: [v.metric], values: [v.value], stamps: [v] });
  return rows;
}

/**
 * One metric's days in a month, indexed by the day of the month (1–31): arrays, not maps keyed by date,
 * since a team's month is ≈775k values to sort into days (with maps by date the bench's 1,000 agents × two
 * months took ≈215 ms to aggregate, with these ≈165 ms).
 */
interface MetricDays {
  values: number[];
  /** The capture of each day's value; undefined where the day has none. */
  stamps: (CaptureStamp | undefined)[];
  count: number;
}

/** The evidence of one agent's month: per metric, its days and the whole-month period's value. */
interface MonthEvidence {
  days: Map<string, MetricDays>;
  month: Map<string, number>;
}

const NO_DAYS: MetricDays = { values: [], stamps: [], count: 0 };

function gatherEvidence(rows: Iterable<PeriodRow>, window: MonthWindow): MonthEvidence {
  const days = new Map<string, MetricDays>();
  const month = new Map<string, number>();
  const monthStamps = new Map<string, CaptureStamp>();
  for (const row of rows) {
    const isDay = row.start === row.end && row.start >= window.first && row.start <= window.last;
    const isMonth = !isDay && window.days > 0 && row.start === window.first && row.end === window.last;
    if (!isDay && !isMonth) continue;
    const dayOfMonth = Number(row.start.slice(8, 10));
    for (let i = 0; i < row.metrics.length; i++) {
      const value = row.values[i];
      // A missing value is no evidence: it never hides a number of another text or source.
      if (value === null || value === undefined) continue;
      const metric = row.metrics[i]!;
      const stamp = row.stamps[i]!;
      if (isMonth) {
        const seen = monthStamps.get(metric);
        if (seen && !isNewer(stamp, seen)) continue;
        month.set(metric, value);
        monthStamps.set(metric, stamp);
        continue;
      }
      let d = days.get(metric);
      if (!d) days.set(metric, (d = { values: [], stamps: [], count: 0 }));
      const seen = d.stamps[dayOfMonth];
      if (seen === undefined) d.count++;
      else if (!isNewer(stamp, seen)) continue;
      d.values[dayOfMonth] = value;
      d.stamps[dayOfMonth] = stamp;
    }
  }
  return { days, month };
}

type Aggregate = Pick<MonthValue, 'value' | 'days' | 'approximate' | 'rule' | 'basis'>;

const nothing: Aggregate = { value: null, days: 0, approximate: false, rule: 'none', basis: [] };

const has = (d: MetricDays, day: number) => d.stamps[day] !== undefined;

/** Σ numerator × scale / Σ denominator over the days holding both, if those cover every day of `own`. */
function byRatio(own: MetricDays, ev: MonthEvidence, parts: MonthRatio): Aggregate | null {
  const num = ev.days.get(parts.numerator) ?? NO_DAYS;
  const den = ev.days.get(parts.denominator) ?? NO_DAYS;
  let [n, d, days] = [0, 0, 0];
  for (let day = 1; day <= 31; day++) {
    const both = has(num, day) && has(den, day);
    if (!both) {
      if (has(own, day)) return null;
      continue;
    }
    n += num.values[day]!;
    d += den.values[day]!;
    days++;
  }
  if (d <= 0) return null;
  return { value: (n * parts.scale) / d, days, approximate: false, rule: 'ratio', basis: [parts.numerator, parts.denominator] };
}

/** Σ value × volume / Σ volume, with the first volume captured on every day of `own`. */
function byVolume(own: MetricDays, ev: MonthEvidence, volumes: readonly string[], proxy: boolean): Aggregate | null {
  for (const volume of volumes) {
    const weights = ev.days.get(volume) ?? NO_DAYS;
    let [weighted, sumWeights, covered] = [0, 0, true];
    for (let day = 1; day <= 31 && covered; day++) {
      if (!has(own, day)) continue;
      if (!has(weights, day)) covered = false;
      else {
        weighted += own.values[day]! * weights.values[day]!;
        sumWeights += weights.values[day]!;
      }
    }
    if (covered && sumWeights > 0) return { value: weighted / sumWeights, days: own.count, approximate: proxy, rule: 'weighted', basis: [volume] };
  }
  return null;
}

function totalOf(d: MetricDays): number {
  let s = 0;
  for (let day = 1; day <= 31; day++) if (has(d, day)) s += d.values[day]!;
  return s;
}

function maxOf(d: MetricDays): number {
  let m = -Infinity;
  for (let day = 1; day <= 31; day++) if (has(d, day) && d.values[day]! > m) m = d.values[day]!;
  return m;
}

function fromDays(metric: string, ev: MonthEvidence): Aggregate {
  const rule = monthRuleOf(metric);
  const own = ev.days.get(metric) ?? NO_DAYS;
  if (rule.kind === 'average') {
    const recomputed = (rule.ratio && byRatio(own, ev, rule.ratio)) || (own.count > 0 && byVolume(own, ev, rule.volumes, rule.volumeIsProxy === true));
    if (recomputed) return recomputed;
  }
  if (own.count === 0) return nothing;
  switch (rule.kind) {
    case 'sum':
      return { value: totalOf(own), days: own.count, approximate: false, rule: 'sum', basis: [] };
    case 'max':
      return { value: maxOf(own), days: own.count, approximate: false, rule: 'max', basis: [] };
    case 'dailyMean':
      return { value: totalOf(own) / own.count, days: own.count, approximate: false, rule: 'dailyMean', basis: [] };
    default:
      return { value: totalOf(own) / own.count, days: own.count, approximate: true, rule: 'mean', basis: [] };
  }
}

function fromMonthPeriod(metric: string, ev: MonthEvidence, window: MonthWindow): Aggregate | null {
  const own = ev.month.get(metric);
  if (own !== undefined) return { value: own, days: window.days, approximate: false, rule: 'period', basis: [] };
  // A whole-month capture that holds a rate's parts but not the rate: the month's own ratio.
  const rule = monthRuleOf(metric);
  const parts = rule.kind === 'average' ? rule.ratio : undefined;
  if (!parts) return null;
  const [num, den] = [ev.month.get(parts.numerator), ev.month.get(parts.denominator)];
  if (num === undefined || den === undefined || den <= 0) return null;
  return { value: (num * parts.scale) / den, days: window.days, approximate: false, rule: 'ratio', basis: [parts.numerator, parts.denominator] };
}

/**
 * One agent's month values: `rows` are the one-day and whole-month periods of all the agent's texts (others
 * are ignored), `metrics` the ones wanted (default: every metric the rows hold a number for). A rate whose
 * parts were captured gets a value even where the rate itself never was.
 */
export function monthValues(rows: Iterable<PeriodRow>, window: MonthWindow, metrics?: Iterable<string>): Map<string, MonthValue> {
  const ev = gatherEvidence(rows, window);
  const wanted = metrics ? new Set(metrics) : new Set([...ev.days.keys(), ...ev.month.keys()]);
  const out = new Map<string, MonthValue>();
  for (const metric of wanted) {
    const whole = fromMonthPeriod(metric, ev, window);
    const aggregate = whole ?? fromDays(metric, ev);
    out.set(metric, { ...aggregate, monthDays: window.days, source: whole ? 'month' : 'days' });
  }
  return out;
}
