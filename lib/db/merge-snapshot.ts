import { type ConsoleId, snapshotId } from '../model';
import type { SnapshotRecord } from '../model/schemas';

/** What one write adds to the snapshot of a (table, period): the rows of one page, or of one import group. */
export interface SnapshotAddition {
  sourceKey: string;
  console: ConsoleId;
  periodStart: string;
  periodEnd: string;
  labels: Iterable<string>;
  captureId: number;
  firstCapturedAt: string;
  lastCapturedAt: string;
}

/** Pages of one table in one period merge into one snapshot: labels and capture ids are unions. */
export function mergeSnapshot(existing: SnapshotRecord | undefined, add: SnapshotAddition): SnapshotRecord {
  const labels = new Set(existing?.labels);
  for (const label of add.labels) labels.add(label);
  const captureIds = new Set(existing?.captureIds);
  captureIds.add(add.captureId);
  // ISO UTC timestamps of one format compare correctly as strings.
  const first = existing && existing.firstCapturedAt < add.firstCapturedAt ? existing.firstCapturedAt : add.firstCapturedAt;
  const last = existing && existing.lastCapturedAt > add.lastCapturedAt ? existing.lastCapturedAt : add.lastCapturedAt;
  return {
    id: snapshotId(add.sourceKey, add.periodStart, add.periodEnd),
    sourceKey: add.sourceKey,
    console: add.console,
    periodStart: add.periodStart,
    periodEnd: add.periodEnd,
    labels: [...labels].sort(),
    captureIds: [...captureIds].sort((a, b) => a - b),
    firstCapturedAt: first,
    lastCapturedAt: last,
  };
}
