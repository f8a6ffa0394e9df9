import type { KefuDatabase } from './database';
import { snapshotId } from '../model';
import { mergeSnapshot, type SnapshotAddition } from './merge-snapshot';
import type { CaptureRecord, ValueRecord } from '../model/schemas';
import { putValues } from './value-store';

export interface LoggedValuesResult {
  captureId: number;
  valuesWritten: number;
}

/**
 * The write shared by the imports (CSV values, report files): one capture-log entry, the values it owns
 * (each replacing the value stored under the same source, period, label and metric), and the snapshot
 * of every (source, period) the values touch, merged with what is stored. Values may span many periods
 * and sources. Must run inside a 'rw' transaction on valueMonths, captures and snapshots — the caller's, so
 * several files can be written all or nothing. `recordsOf` builds the values once the log id is known.
 */
export async function writeLoggedValues(
  db: KefuDatabase,
  log: Omit<CaptureRecord, 'id'>,
  recordsOf: (captureId: number) => ValueRecord[],
): Promise<LoggedValuesResult> {
  const captureId = await db.captures.add(log);
  const records = recordsOf(captureId);

  const additions = new Map<string, SnapshotAddition & { labels: Set<string> }>();
  let add: (SnapshotAddition & { labels: Set<string> }) | undefined;
  for (const v of records) {
    // A row's metrics come one after another: the same (source, period) as the last record needs no key.
    if (!add || v.sourceKey !== add.sourceKey || v.periodStart !== add.periodStart || v.periodEnd !== add.periodEnd) {
      const id = snapshotId(v.sourceKey, v.periodStart, v.periodEnd);
      add = additions.get(id);
      if (!add) {
        add = {
          sourceKey: v.sourceKey,
          console: v.console,
          periodStart: v.periodStart,
          periodEnd: v.periodEnd,
          labels: new Set(),
          captureId,
          firstCapturedAt: v.capturedAt,
          lastCapturedAt: v.capturedAt,
        };
        additions.set(id, add);
      }
    }
    add.labels.add(v.label);
    if (v.capturedAt < add.firstCapturedAt) add.firstCapturedAt = v.capturedAt;
    if (v.capturedAt > add.lastCapturedAt) add.lastCapturedAt = v.capturedAt;
  }
  const ids = [...additions.keys()];
  const [, existing] = await Promise.all([putValues(db, records), db.snapshots.bulkGet(ids)]);
  await db.snapshots.bulkPut(ids.map((id, i) => mergeSnapshot(existing[i], additions.get(id)!)));
  return { captureId, valuesWritten: records.length };
}
