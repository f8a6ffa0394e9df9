import type { KefuDatabase } from './database';
import { snapshotId } from '../model';
import { mergeSnapshot, type SnapshotAddition } from './merge-snapshot';
import { packIntoMonth, periodOfKey, unpackMonth, type ValueMonthRecord, type ValueOrigin } from './value-month';
import type { ValueRecord } from '../model/schemas';

/**
 * Month records that arrive from elsewhere (team sync) merge cell by cell: for each (period, metric) the
 * value recorded by the newer origin stays, so merging the same record twice, or a record holding what
 * was captured here anyway, changes nothing, and the order two browsers merge in does not matter.
 */

/** True when origin `a` recorded its value after `b` (the caller breaks ties the same way everywhere). */
export type OriginOrder = (a: ValueOrigin, b: ValueOrigin) => boolean;

/** `stored` with every cell of `incoming` whose origin is newer than the stored cell's (or that is new). */
export function mergeMonthCells(stored: ValueMonthRecord | undefined, incoming: ValueMonthRecord, newer: OriginOrder): ValueMonthRecord {
  if (!stored) return incoming;
  const have = new Map<string, ValueOrigin>();
  for (const [key, p] of Object.entries(stored.periods)) {
    for (let i = 0; i < p.metrics.length; i++) have.set(`${key}|${p.metrics[i]!}`, stored.origins[p.originOf[i]!]!);
  }
  const winners: ValueRecord[] = [];
  for (const [key, p] of Object.entries(incoming.periods)) {
    const [start, end] = periodOfKey(key);
    for (let i = 0; i < p.metrics.length; i++) {
      const metric = p.metrics[i]!;
      const origin = incoming.origins[p.originOf[i]!]!;
      const old = have.get(`${key}|${metric}`);
      if (old && !newer(origin, old)) continue;
      winners.push(...unpackMonth({ ...incoming, periods: { [key]: { metrics: [metric], values: [p.values[i]!], originOf: [p.originOf[i]!] } } }, (s, e) => s === start && e === end));
    }
  }
  return winners.length === 0 ? stored : packIntoMonth(stored, winners);
}

/**
 * Stores merged month records and adds their labels to the snapshots of their tables and periods, as a
 * local write would. Must run inside the caller's 'rw' transaction on valueMonths and snapshots.
 */
export async function putPulledMonths(db: KefuDatabase, records: readonly ValueMonthRecord[]): Promise<void> {
  if (records.length === 0) return;
  const additions = new Map<string, SnapshotAddition[]>();
  for (const record of records) {
    for (const key of Object.keys(record.periods)) {
      const [start, end] = periodOfKey(key);
      const id = snapshotId(record.sourceKey, start, end);
      const p = record.periods[key]!;
      const list = additions.get(id) ?? [];
      for (const index of new Set(p.originOf)) {
        const o = record.origins[index]!;
        list.push({ sourceKey: record.sourceKey, console: o.console, periodStart: start, periodEnd: end, labels: [record.label], captureId: o.captureId, firstCapturedAt: o.capturedAt, lastCapturedAt: o.capturedAt });
      }
      additions.set(id, list);
    }
  }
  const ids = [...additions.keys()];
  const existing = await db.snapshots.bulkGet(ids);
  const snapshots = ids.map((id, i) => additions.get(id)!.reduce((s, add) => mergeSnapshot(s, add), existing[i]));
  await Promise.all([db.valueMonths.bulkPut([...records]), db.snapshots.bulkPut(snapshots.filter((s) => s !== undefined))]);
}
