import type { PeriodRow } from '../analysis';
import type { KefuDatabase } from './database';
import { recordsOfMonths } from './value-store';
import { periodOfKey, type ValueMonthRecord } from './value-month';

/**
 * What month values are built from (lib/analysis/month-values.ts), read straight off the month records:
 * the one-day periods of a month and the periods that start on its 1st (the whole month, or the month so
 * far, which only the caller's today can tell apart), for every source. Values stay in the records' own
 * arrays: a month of 1,000 agents × 25 metrics is ≈775k values, and building a ValueRecord each (with its
 * JSON id) cost more than reading the records.
 */

export interface MonthRows {
  month: string;
  /** Per row text (agents and benchmark rows), its periods of the month in every source. */
  byLabel: Map<string, PeriodRow[]>;
}

/**
 * Up to this many labels are read by their [label+month] keys; more read the whole month and filter
 * (anyOf walks a cursor key by key, an equal month key is one getAll: a team is faster read whole).
 */
const FEW_LABELS = 32;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function addRows(byLabel: Map<string, PeriodRow[]>, record: ValueMonthRecord, first: string): void {
  let rows = byLabel.get(record.label);
  for (const key in record.periods) {
    const [start, end] = periodOfKey(key);
    // Every period of the record starts in its month; the month's rows are its days and those from the 1st
    // that end in it (a week from the 1st is dropped by month-values, which knows the month's last day).
    if (start !== end && (start !== first || end.slice(0, 7) !== record.month)) continue;
    const p = record.periods[key]!;
    if (!rows) byLabel.set(record.label, (rows = []));
    rows.push({ label: record.label, start, end, metrics: p.metrics, values: p.values, stamps: p.originOf.map((i) => record.origins[i]!) });
  }
}

/**
 * The month rows of `months` (YYYY-MM; pass the previous month too for "change against the previous
 * month": both are read at once), of every label or only of `labels` (an agent's texts). Reads only those
 * months' records. Throws on a malformed month.
 */
export async function readMonthRows(db: KefuDatabase, months: readonly string[], labels?: Iterable<string>): Promise<Map<string, MonthRows>> {
  for (const month of months) if (!MONTH.test(month)) throw new Error(`readMonthRows: a month must be YYYY-MM, got "${month}"`);
  const wanted = labels === undefined ? undefined : new Set(labels);
  const distinct = [...new Set(months)];
  const out = new Map<string, MonthRows>(distinct.map((month) => [month, { month, byLabel: new Map() }]));
  if (distinct.length === 0 || wanted?.size === 0) return out;

  let records: ValueMonthRecord[];
  if (wanted && wanted.size * distinct.length <= FEW_LABELS) {
    // Index: valueMonths' [label+month], one key per label and month.
    records = await db.valueMonths.where('[label+month]').anyOf([...wanted].flatMap((label) => distinct.map((month) => [label, month]))).toArray();
  } else {
    // Index: valueMonths' month, one getAll per month.
    records = [...(await recordsOfMonths(db, distinct)).values()].flat();
    if (wanted) records = records.filter((r) => wanted.has(r.label));
  }
  for (const record of records) addRows(out.get(record.month)!.byLabel, record, `${record.month}-01`);
  return out;
}

/** The rows of some texts of one month (an agent's labels), for monthValues. */
export function rowsOfLabels(rows: MonthRows | undefined, labels: Iterable<string>): PeriodRow[] {
  const out: PeriodRow[] = [];
  if (!rows) return out;
  for (const label of new Set(labels)) for (const row of rows.byLabel.get(label) ?? []) out.push(row);
  return out;
}
