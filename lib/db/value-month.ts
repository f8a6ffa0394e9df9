import { type ConsoleId, type RowKind, valueId, valueMonthId } from '../model';
import type { ValueRecord } from '../model/schemas';

/**
 * How values are stored: one record per (table, row label, month of the period's start) holding every
 * value of that row in that month. IndexedDB on the machines we target costs a fixed ≈0.2–0.5 ms per
 * written record whatever its size, so a year of per-value records (456k) took minutes to import; a year
 * packed by row and month is ≈1,200 records. An agent's year is ≈12 records per table to read, a day of
 * the team one record per row. Everything above lib/db still sees plain ValueRecords: pack and unpack
 * round-trip them exactly (tests/unit/db/value-month.test.ts).
 */

/** What a value was recorded by. Few per record: one per capture (or per CSV row stamp) in the month. */
export interface ValueOrigin {
  captureId: number;
  capturedAt: string;
  guessed: boolean;
  rowKind: RowKind;
  console: ConsoleId;
}

/**
 * The values of one period in a month record, as parallel arrays (cheaper to store and read back than
 * an object per value): `metrics[i]` has `values[i]` (null = missing), recorded by `origins[originOf[i]]`.
 */
export interface PeriodCells {
  metrics: string[];
  values: (number | null)[];
  originOf: number[];
}

export interface ValueMonthRecord {
  /** JSON [sourceKey, label, month]. */
  id: string;
  sourceKey: string;
  label: string;
  /** YYYY-MM of the periods' start. */
  month: string;
  /** The distinct capture ids of `origins`, for the multi-entry index (a capture's values). */
  captureIds: number[];
  origins: ValueOrigin[];
  /** By `periodKey(start, end)`. */
  periods: Record<string, PeriodCells>;
}

export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Every month from `from` to `to` (YYYY-MM) inclusive, in order; none when `from` is later. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [lastYear, lastMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (![year, month, lastYear, lastMonth].every(Number.isInteger)) throw new Error(`monthsFromTo: not YYYY-MM: "${from}", "${to}"`);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Dates are fixed-width, so the key splits back at a known place. */
export function periodKey(start: string, end: string): string {
  return `${start}|${end}`;
}

/** periodKey undone: [start, end]. */
export function periodOfKey(key: string): [string, string] {
  return [key.slice(0, 10), key.slice(11)];
}

/** The month record a value belongs to. */
export function monthRecordIdOf(v: Pick<ValueRecord, 'sourceKey' | 'label' | 'periodStart'>): string {
  return valueMonthId(v.sourceKey, v.label, monthOf(v.periodStart));
}

/** Values grouped by the month record they belong to, in input order within each group. */
export function groupByMonthRecord(values: readonly ValueRecord[]): Map<string, ValueRecord[]> {
  const groups = new Map<string, ValueRecord[]>();
  let last: ValueRecord | undefined;
  let group: ValueRecord[] = [];
  for (const v of values) {
    // A row's metrics come one after another: no key to build when the row is the one before.
    if (!last || v.sourceKey !== last.sourceKey || v.label !== last.label || monthOf(v.periodStart) !== monthOf(last.periodStart)) {
      const id = monthRecordIdOf(v);
      group = groups.get(id) ?? [];
      groups.set(id, group);
    }
    group.push(v);
    last = v;
  }
  return groups;
}

function originKey(o: ValueOrigin): string {
  return `${o.captureId}|${o.capturedAt}|${o.guessed ? 1 : 0}|${o.rowKind}|${o.console}`;
}

type Cell = { value: number | null; origin: ValueOrigin };

function cellsOf(record: ValueMonthRecord | undefined): Map<string, Map<string, Cell>> {
  const periods = new Map<string, Map<string, Cell>>();
  if (!record) return periods;
  for (const [key, p] of Object.entries(record.periods)) {
    const cells = new Map<string, Cell>();
    for (let i = 0; i < p.metrics.length; i++) cells.set(p.metrics[i]!, { value: p.values[i]!, origin: record.origins[p.originOf[i]!]! });
    periods.set(key, cells);
  }
  return periods;
}

/** The record for `periods`, origins renumbered to those still used; undefined when nothing is left. */
function recordOf(
  head: Pick<ValueMonthRecord, 'id' | 'sourceKey' | 'label' | 'month'>,
  periods: Map<string, Map<string, Cell>>,
): ValueMonthRecord | undefined {
  const origins: ValueOrigin[] = [];
  const indexOf = new Map<string, number>();
  const out: Record<string, PeriodCells> = {};
  for (const [key, cells] of [...periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (cells.size === 0) continue;
    const p: PeriodCells = { metrics: [], values: [], originOf: [] };
    for (const [metric, cell] of cells) {
      const k = originKey(cell.origin);
      let index = indexOf.get(k);
      if (index === undefined) {
        index = origins.push(cell.origin) - 1;
        indexOf.set(k, index);
      }
      p.metrics.push(metric);
      p.values.push(cell.value);
      p.originOf.push(index);
    }
    out[key] = p;
  }
  if (origins.length === 0) return undefined;
  const captureIds = [...new Set(origins.map((o) => o.captureId))].sort((a, b) => a - b);
  return { ...head, captureIds, origins, periods: out };
}

/**
 * `stored` with `values` (all of one month record) written over it: a value replaces the one stored
 * under the same period and metric, as a put by value id did.
 */
export function packIntoMonth(stored: ValueMonthRecord | undefined, values: readonly ValueRecord[]): ValueMonthRecord {
  const first = values[0];
  if (!first) {
    if (!stored) throw new Error('packIntoMonth: nothing to pack');
    return stored;
  }
  const periods = cellsOf(stored);
  const origins = new Map<string, ValueOrigin>();
  for (const v of values) {
    const origin: ValueOrigin = { captureId: v.captureId, capturedAt: v.capturedAt, guessed: v.periodGuessed, rowKind: v.rowKind, console: v.console };
    const k = originKey(origin);
    const shared = origins.get(k) ?? origin;
    origins.set(k, shared);
    const key = periodKey(v.periodStart, v.periodEnd);
    let cells = periods.get(key);
    if (!cells) periods.set(key, (cells = new Map()));
    cells.set(v.metric, { value: v.value, origin: shared });
  }
  const head = { id: monthRecordIdOf(first), sourceKey: first.sourceKey, label: first.label, month: monthOf(first.periodStart) };
  return recordOf(head, periods)!;
}

/** `stored` without the values of `drop` (period and metric); undefined when none is left. */
export function removeFromMonth(
  stored: ValueMonthRecord,
  drop: readonly Pick<ValueRecord, 'periodStart' | 'periodEnd' | 'metric'>[],
): ValueMonthRecord | undefined {
  const periods = cellsOf(stored);
  for (const v of drop) periods.get(periodKey(v.periodStart, v.periodEnd))?.delete(v.metric);
  return recordOf(stored, periods);
}

/**
 * The record's values as ValueRecords, optionally only the periods `keep` accepts (checked before any
 * value of the period is built, so a day of a month record costs one period's values).
 */
export function unpackMonth(record: ValueMonthRecord, keep?: (start: string, end: string) => boolean): ValueRecord[] {
  const out: ValueRecord[] = [];
  for (const key in record.periods) {
    const [start, end] = periodOfKey(key);
    if (keep && !keep(start, end)) continue;
    const p = record.periods[key]!;
    for (let i = 0; i < p.metrics.length; i++) {
      const metric = p.metrics[i]!;
      const o = record.origins[p.originOf[i]!]!;
      out.push({
        id: valueId(record.sourceKey, start, end, record.label, metric),
        sourceKey: record.sourceKey,
        console: o.console,
        periodStart: start,
        periodEnd: end,
        periodGuessed: o.guessed,
        label: record.label,
        rowKind: o.rowKind,
        metric,
        value: p.values[i]!,
        captureId: o.captureId,
        capturedAt: o.capturedAt,
      });
    }
  }
  return out;
}

/** How many values a record holds, without building them. */
export function valueCountOf(record: ValueMonthRecord): number {
  let n = 0;
  for (const key in record.periods) n += record.periods[key]!.metrics.length;
  return n;
}
