import { type Capture, sourceKey, snapshotId, valueId } from '../model';
import type { KefuDatabase } from './database';
import { joinedTableKey } from './joined-table-key';
import { mergeSnapshot } from './merge-snapshot';
import type { CaptureRecord, SnapshotRecord, ValueRecord } from '../model/schemas';
import { putValues, valuesStoredAsIs } from './value-store';

/**
 * One value record per (row, metric) of the capture, missing as null. Exported on its own so the
 * benchmark can bulkPut exactly these records raw and compare with writeCapture.
 */
export function valueRecordsOf(capture: Capture, captureId: number, capturedAt: Date): ValueRecord[] {
  const key = sourceKey(capture.source);
  const at = capturedAt.toISOString();
  const { start, end, guessed } = capture.period;
  const consoleId = capture.source.console;
  const records: ValueRecord[] = [];
  for (const row of capture.rows) {
    for (const metric of capture.metrics) {
      const value = row.values[metric];
      records.push({
        id: valueId(key, start, end, row.label, metric),
        sourceKey: key,
        console: consoleId,
        periodStart: start,
        periodEnd: end,
        periodGuessed: guessed,
        label: row.label,
        rowKind: row.kind,
        metric,
        // An absent key is as missing as an explicit null; neither becomes 0.
        value: typeof value === 'number' ? value : null,
        captureId,
        capturedAt: at,
      });
    }
  }
  return records;
}

/** The capture-log entry, without its id (the table assigns it). */
export function captureLogOf(capture: Capture, capturedAt: Date): Omit<CaptureRecord, 'id'> {
  const agentCount = capture.rows.filter((r) => r.kind === 'agent').length;
  return {
    origin: 'capture',
    capturedAt: capturedAt.toISOString(),
    source: { ...capture.source },
    sourceKey: sourceKey(capture.source),
    period: { ...capture.period },
    metrics: [...capture.metrics],
    headerTexts: { ...capture.headerTexts },
    agentCount,
    benchmarkCount: capture.rows.length - agentCount,
    valueCount: capture.rows.length * capture.metrics.length,
    warnings: capture.warnings.map((w) => ({ ...w })),
    leftOut: capture.leftOut.map((c) => ({ ...c })),
  };
}

export interface WriteCaptureResult {
  captureId: number;
  valuesWritten: number;
  /** The table's snapshot for this period after the write (every page's labels so far). */
  snapshot: SnapshotRecord;
}

/**
 * The newest capture of the table (`key`) when `capture` repeats it exactly: same period, metrics and
 * rows, and every value still stored as that capture wrote it. A resend after the service worker stopped
 * before answering, or a second tab showing the same table, is such a repeat: writing it again would
 * change no value, only add a log entry. (Header texts and warnings are not compared: they store no value.)
 */
async function repeatedCapture(db: KefuDatabase, capture: Capture, key: string): Promise<number | null> {
  // Index: captures' sourceKey, newest (highest id) last.
  const newest = await db.captures.where('sourceKey').equals(key).last();
  if (newest?.id === undefined || newest.origin !== 'capture') return null;
  const { start, end, guessed } = capture.period;
  if (newest.period.start !== start || newest.period.end !== end || newest.period.guessed !== guessed) return null;
  if (newest.metrics.join() !== capture.metrics.join() || newest.agentCount + newest.benchmarkCount !== capture.rows.length) return null;
  // Same row count, and each row's values stored under the newest capture's id: the same rows.
  return (await valuesStoredAsIs(db, valueRecordsOf(capture, newest.id, new Date(newest.capturedAt)))) ? newest.id : null;
}

/**
 * Stores a validated capture (see lib/messages/capture-message.ts) in one transaction: the log entry,
 * every value (a re-capture of the same table, period, label and metric replaces the value), and the
 * snapshot. Idempotent: an exact repeat of the table's newest capture writes nothing (repeatedCapture), and
 * IndexedDB runs two writers' transactions one after the other, so two tabs sending one table store it once. Reads and writes one month record per row, whatever the number of metrics. The capture
 * may join a table stored under another metric set (joined-table-key.ts): its log entry says which.
 */
export async function writeCapture(db: KefuDatabase, given: Capture, capturedAt: Date): Promise<WriteCaptureResult> {
  capturedAt.toISOString(); // throws on an invalid Date before anything opens
  const { start, end } = given.period;
  return db.transaction('rw', [db.valueMonths, db.captures, db.snapshots], async () => {
    // Another metric set of a table already stored for this period joins that table (joined-table-key.ts).
    const ofPeriod = await db.snapshots.where('[periodStart+periodEnd]').equals([start, end]).toArray();
    const tableKey = joinedTableKey({ console: given.source.console, tableKey: given.source.tableKey, labels: given.rows.map((r) => r.label) }, ofPeriod);
    const capture = tableKey === given.source.tableKey ? given : { ...given, source: { ...given.source, tableKey } };
    const key = sourceKey(capture.source);
    const existing = ofPeriod.find((s) => s.id === snapshotId(key, start, end));
    // A repeat is answered like the write it repeats, and writes nothing: the same capture twice, one stored state.
    const repeatOf = existing ? await repeatedCapture(db, capture, key) : null;
    if (existing && repeatOf !== null) return { captureId: repeatOf, valuesWritten: 0, snapshot: existing };
    const log = captureLogOf(capture, capturedAt);
    const captureId = await db.captures.add(log);
    const records = valueRecordsOf(capture, captureId, capturedAt);
    await putValues(db, records);
    const snapshot = mergeSnapshot(existing, {
      sourceKey: key,
      console: capture.source.console,
      periodStart: start,
      periodEnd: end,
      labels: capture.rows.map((r) => r.label),
      captureId,
      firstCapturedAt: log.capturedAt,
      lastCapturedAt: log.capturedAt,
    });
    await db.snapshots.put(snapshot);
    return { captureId, valuesWritten: records.length, snapshot };
  });
}
