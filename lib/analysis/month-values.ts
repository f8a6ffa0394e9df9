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

/** The evidence of one agent's month: per metric, the value of each day and of the whole-month period. */
interface MonthEvidence {
  days: Map<string, Map<string, number>>;
  month: Map<string, number>;
}

/** Keeps `value` under `key` unless a later capture's value is there already. */
function keepLatest(values: Map<string, number>, stamps: Map<string, CaptureStamp>, key: string, value: number, stamp: CaptureStamp): void {
  const seen = stamps.get(key);
  if (seen && !isNewer(stamp, seen)) return;
  values.set(key, value);
  stamps.set(key, stamp);
}

function gatherEvidence(rows: Iterable<PeriodRow>, window: MonthWindow): MonthEvidence {
  const days = new Map<string, Map<string, number>>();
  const dayStamps = new Map<string, Map<string, CaptureStamp>>();
  const month = new Map<string, number>();
  const monthStamps = new Map<string, CaptureStamp>();
  for (const row of rows) {
    const isDay = row.start === row.end && row.start >= window.first && row.start <= window.last;
    const isMonth = !isDay && window.days > 0 && row.start === window.first && row.end === window.last;
    if (!isDay && !isMonth) continue;
    for (let i = 0; i < row.metrics.length; i++) {
      const value = row.values[i];
      // A missing value is no evidence: it never hides a number of another text or source.
      if (value === null || value === undefined) continue;
      const metric = row.metrics[i]!;
      const stamp = row.stamps[i]!;
      if (isMonth) {
        keepLatest(month, monthStamps, metric, value, stamp);
        continue;
      }
      let values = days.get(metric);
      let stamps = dayStamps.get(metric);
      if (!values || !stamps) {
        days.set(metric, (values = new Map()));
        dayStamps.set(metric, (stamps = new Map()));
      }
      keepLatest(values, stamps, row.start, value, stamp);
    }
  }
  return { days, month };
}

const NONE = new Map<string, number>();

type Aggregate = Pick<MonthValue, 'value' | 'days' | 'approximate' | 'rule' | 'basis'>;

const nothing: Aggregate = { value: null, days: 0, approximate: false, rule: 'none', basis: [] };

function total(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Σ numerator × scale / Σ denominator over the days holding both, if those cover every day of `own`. */
function byRatio(own: Map<string, number>, ev: MonthEvidence, parts: MonthRatio): Aggregate | null {
  const num = ev.days.get(parts.numerator) ?? NONE;
  const den = ev.days.get(parts.denominator) ?? NONE;
  for (const day of own.keys()) if (!num.has(day) || !den.has(day)) return null;
  let [n, d, days] = [0, 0, 0];
  for (const [day, x] of den) {
    const y = num.get(day);
    if (y === undefined) continue;
    n += y;
    d += x;
    days++;
  }
  if (d <= 0) return null;
  return { value: (n * parts.scale) / d, days, approximate: false, rule: 'ratio', basis: [parts.numerator, parts.denominator] };
}

/** Σ value × volume / Σ volume, with the first volume captured on every day of `own`. */
function byVolume(own: Map<string, number>, ev: MonthEvidence, volumes: readonly string[], proxy: boolean): Aggregate | null {
  for (const volume of volumes) {
    const weights = ev.days.get(volume) ?? NONE;
    let [weighted, sumWeights, covered] = [0, 0, true];
    for (const [day, v] of own) {
      const w = weights.get(day);
      if (w === undefined) {
        covered = false;
        break;
      }
      weighted += v * w;
      sumWeights += w;
    }
    if (covered && sumWeights > 0) return { value: weighted / sumWeights, days: own.size, approximate: proxy, rule: 'weighted', basis: [volume] };
  }
  return null;
}

function fromDays(metric: string, ev: MonthEvidence): Aggregate {
  const rule = monthRuleOf(metric);
  const own = ev.days.get(metric) ?? NONE;
  if (rule.kind === 'average') {
    const recomputed = (rule.ratio && byRatio(own, ev, rule.ratio)) || (own.size > 0 && byVolume(own, ev, rule.volumes, rule.volumeIsProxy === true));
    if (recomputed) return recomputed;
  }
  if (own.size === 0) return nothing;
  switch (rule.kind) {
    case 'sum':
      return { value: total(own.values()), days: own.size, approximate: false, rule: 'sum', basis: [] };
    case 'max':
      return { value: Math.max(...own.values()), days: own.size, approximate: false, rule: 'max', basis: [] };
    case 'dailyMean':
      return { value: total(own.values()) / own.size, days: own.size, approximate: false, rule: 'dailyMean', basis: [] };
    default:
      return { value: total(own.values()) / own.size, days: own.size, approximate: true, rule: 'mean', basis: [] };
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
