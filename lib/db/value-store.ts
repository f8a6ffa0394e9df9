import type { KefuDatabase } from './database';
import { AFTER_ALL_DATES, BEFORE_ALL_DATES } from '../model';
import type { ValueRecord } from '../model/schemas';
import { groupByMonthRecord, monthOf, monthsFromTo, packIntoMonth, periodKey, removeFromMonth, unpackMonth, type ValueMonthRecord } from './value-month';

/**
 * Reads and writes of values over the month records (see value-month.ts). Writers must run inside the
 * caller's 'rw' transaction on `valueMonths`, so a capture or an import stays all or nothing.
 */


/** Stores values, each replacing the one stored under the same source, period, label and metric. */
export async function putValues(db: KefuDatabase, values: readonly ValueRecord[]): Promise<void> {
  if (values.length === 0) return;
  const groups = groupByMonthRecord(values);
  const ids = [...groups.keys()];
  const stored = await db.valueMonths.bulkGet(ids);
  await db.valueMonths.bulkPut(ids.map((id, i) => packIntoMonth(stored[i], groups.get(id)!)));
}

/**
 * Whether every one of these values is stored exactly so: the same value, recorded by the same capture,
 * with the same row kind and period guess. (When it was recorded does not count: a repeat is the same.)
 */
export async function valuesStoredAsIs(db: KefuDatabase, values: readonly ValueRecord[]): Promise<boolean> {
  const groups = groupByMonthRecord(values);
  const ids = [...groups.keys()];
  const stored = await db.valueMonths.bulkGet(ids);
  return ids.every((id, i) => {
    const record = stored[i];
    if (!record) return false;
    const wanted = groups.get(id)!;
    const periods = new Set(wanted.map((v) => periodKey(v.periodStart, v.periodEnd)));
    const have = new Map(unpackMonth(record, (start, end) => periods.has(periodKey(start, end))).map((v) => [v.id, v]));
    return wanted.every((v) => {
      const h = have.get(v.id);
      return h !== undefined && h.value === v.value && h.captureId === v.captureId && h.rowKind === v.rowKind && h.periodGuessed === v.periodGuessed;
    });
  });
}

/** Deletes the values stored under these (source, period, label, metric) keys. */
export async function removeValues(db: KefuDatabase, values: readonly ValueRecord[]): Promise<void> {
  if (values.length === 0) return;
  const groups = groupByMonthRecord(values);
  const ids = [...groups.keys()];
  const stored = await db.valueMonths.bulkGet(ids);
  const kept: ValueMonthRecord[] = [];
  const emptied: string[] = [];
  ids.forEach((id, i) => {
    const record = stored[i];
    if (!record) return;
    const rest = removeFromMonth(record, groups.get(id)!);
    if (rest) kept.push(rest);
    else emptied.push(id);
  });
  await Promise.all([db.valueMonths.bulkPut(kept), db.valueMonths.bulkDelete(emptied)]);
}

export function unpackAll(records: Iterable<ValueMonthRecord>, keep?: (start: string, end: string) => boolean): ValueRecord[] {
  const out: ValueRecord[] = [];
  for (const record of records) for (const v of unpackMonth(record, keep)) out.push(v);
  return out;
}

/** Every stored value (exports, backups): reads the whole store. */
export async function allStoredValues(db: KefuDatabase): Promise<ValueRecord[]> {
  return unpackAll(await db.valueMonths.toArray());
}

/** Every stored value of one period, all sources and labels (not deduplicated). */
export async function storedValuesOfPeriod(db: KefuDatabase, start: string, end: string): Promise<ValueRecord[]> {
  const records = await recordsOfMonths(db, [monthOf(start)]);
  return unpackAll([...records.values()].flat(), (s, e) => s === start && e === end);
}

/** Month records by month, as read once and handed to a later read of the same months. */
export type MonthRecords = ReadonlyMap<string, readonly ValueMonthRecord[]>;

/**
 * The month records of `months` (YYYY-MM), by month (a month without records maps to []). Months that
 * `known` holds are taken from it, not read again: at 1,000 agents a month is ≈1,000 records, and
 * IndexedDB's copy of each into the page is most of the cost of a read.
 */
export async function recordsOfMonths(db: KefuDatabase, months: readonly string[], known?: MonthRecords): Promise<Map<string, readonly ValueMonthRecord[]>> {
  const out = new Map<string, readonly ValueMonthRecord[]>();
  const missing: string[] = [];
  for (const month of new Set(months)) {
    const have = known?.get(month);
    if (have) out.set(month, have);
    else {
      out.set(month, []);
      missing.push(month);
    }
  }
  if (missing.length === 0) return out;
  // Index: valueMonths' month, one equal key per month: Dexie reads a key with one getAll, where anyOf
  // walks a cursor record by record (≈1,000 round trips for a month of 1,000 agents).
  const read = await Promise.all(missing.map((month) => db.valueMonths.where('month').equals(month).toArray()));
  missing.forEach((month, i) => out.set(month, read[i]!));
  return out;
}

/**
 * Stored values of the periods starting from `from` to `to` inclusive that `keep` accepts; the months
 * `known` holds are not read again.
 */
export async function storedValuesStartingBetween(
  db: KefuDatabase,
  from: string,
  to: string,
  keep: (start: string, end: string) => boolean = () => true,
  known?: MonthRecords,
): Promise<ValueRecord[]> {
  if (from > to) return [];
  const records = await recordsOfMonths(db, monthsFromTo(monthOf(from), monthOf(to)), known);
  return unpackAll([...records.values()].flat(), (s, e) => s >= from && s <= to && keep(s, e));
}

/** Stored values of one label for periods starting from `from` to `to` inclusive (either open). */
export async function storedValuesOfLabel(db: KefuDatabase, label: string, from?: string, to?: string): Promise<ValueRecord[]> {
  // Index range: valueMonths' [label+month] from [label, from's month] to [label, to's month].
  const records = await db.valueMonths
    .where('[label+month]')
    .between([label, from ? monthOf(from) : BEFORE_ALL_DATES], [label, to ? monthOf(to) : AFTER_ALL_DATES], true, true)
    .toArray();
  if (from === undefined && to === undefined) return unpackAll(records);
  return unpackAll(records, (s) => (from === undefined || s >= from) && (to === undefined || s <= to));
}

/** The month records of one label, newest month first, at most `limit` (no value is built). */
export async function latestMonthsOfLabel(db: KefuDatabase, label: string, limit: number): Promise<ValueMonthRecord[]> {
  return db.valueMonths
    .where('[label+month]')
    .between([label, BEFORE_ALL_DATES], [label, AFTER_ALL_DATES], true, true)
    .reverse()
    .limit(limit)
    .toArray();
}

/** The values a capture still owns (a later capture may have replaced some). */
export async function storedValuesOfCapture(db: KefuDatabase, captureId: number): Promise<ValueRecord[]> {
  // Index: valueMonths' multi-entry captureIds.
  const records = await db.valueMonths.where('captureIds').equals(captureId).toArray();
  return unpackAll(records).filter((v) => v.captureId === captureId);
}
