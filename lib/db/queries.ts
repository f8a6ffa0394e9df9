import type { KefuDatabase } from './database';
import { periodProblem, snapshotId, valueId, isNewer, text, type Text } from '../model';
import { mergeSnapshot } from './merge-snapshot';
import type { ValueRecord } from '../model/schemas';
import { allStoredValues, putValues, removeValues, storedValuesOfCapture, storedValuesOfPeriod } from './value-store';

/**
 * One row per (period, label, metric): the latest value across sources, e.g. when the same agent's
 * numbers were read from 生意参谋 and from 千牛 for the same day. Unsorted; exporters sort.
 */
export async function latestValues(db: KefuDatabase): Promise<ValueRecord[]> {
  const latest = new Map<string, ValueRecord>();
  for (const v of await allStoredValues(db)) {
    const key = JSON.stringify([v.periodStart, v.periodEnd, v.label, v.metric]);
    const seen = latest.get(key);
    if (!seen || isNewer(v, seen)) latest.set(key, v);
  }
  return [...latest.values()];
}

/** Deletes everything, sites included, in one transaction: either all is gone or nothing is. */
export async function wipeAll(db: KefuDatabase): Promise<void> {
  // Every store, settings included: agent profiles and schemes name people too.
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

export type CorrectPeriodResult =
  | { ok: true; valuesMoved: number }
  | { ok: false; reason: 'not_found' | 'not_guessed' | 'invalid_period'; message: Text };

/**
 * Moves the values of a capture whose period was guessed (nothing on the page said it, yesterday was
 * assumed) to the period the user says it was. Values this capture still owns move; values a later
 * capture has since replaced stay. Values already stored under the target key are replaced, since the
 * user's word outranks what was there. The capture log keeps the guessed period in `correctedFrom`.
 */
export async function correctPeriod(
  db: KefuDatabase,
  captureId: number,
  period: { start: string; end: string },
): Promise<CorrectPeriodResult> {
  const problem = periodProblem(period.start, period.end);
  if (problem) return { ok: false, reason: 'invalid_period', message: problem };
  const { start, end } = period;

  return db.transaction('rw', [db.valueMonths, db.captures, db.snapshots], async (): Promise<CorrectPeriodResult> => {
    const log = await db.captures.get(captureId);
    if (!log) return { ok: false, reason: 'not_found', message: text('correctNoCapture', captureId) };
    if (log.origin !== 'capture' || !log.period.guessed) {
      return {
        ok: false,
        reason: 'not_guessed',
        message: text('correctNotGuessed', captureId),
      };
    }
    const from = { start: log.period.start, end: log.period.end };
    const owned = await storedValuesOfCapture(db, captureId);
    const moved = owned.map((v) => ({
      ...v,
      id: valueId(v.sourceKey, start, end, v.label, v.metric),
      periodStart: start,
      periodEnd: end,
      periodGuessed: false,
    }));
    await removeValues(db, owned);
    await putValues(db, moved);

    // The old snapshot loses this capture; it keeps only labels that still have values there.
    const oldId = snapshotId(log.sourceKey, from.start, from.end);
    const old = await db.snapshots.get(oldId);
    if (old) {
      const rest = (await storedValuesOfPeriod(db, from.start, from.end)).filter((v) => v.sourceKey === log.sourceKey);
      const captureIds = old.captureIds.filter((id) => id !== captureId);
      if (rest.length === 0 || captureIds.length === 0) {
        await db.snapshots.delete(oldId);
      } else {
        const logs = (await db.captures.bulkGet(captureIds)).filter((c) => c !== undefined);
        const times = logs.map((c) => c.capturedAt).sort();
        await db.snapshots.put({
          ...old,
          labels: [...new Set(rest.map((v) => v.label))].sort(),
          captureIds,
          firstCapturedAt: times[0] ?? old.firstCapturedAt,
          lastCapturedAt: times[times.length - 1] ?? old.lastCapturedAt,
        });
      }
    }
    if (moved.length > 0) {
      const target = await db.snapshots.get(snapshotId(log.sourceKey, start, end));
      await db.snapshots.put(
        mergeSnapshot(target, {
          sourceKey: log.sourceKey,
          console: log.source.console,
          periodStart: start,
          periodEnd: end,
          labels: moved.map((v) => v.label),
          captureId,
          firstCapturedAt: log.capturedAt,
          lastCapturedAt: log.capturedAt,
        }),
      );
    }
    await db.captures.put({ ...log, period: { ...log.period, start, end, guessed: false }, correctedFrom: from });
    return { ok: true, valuesMoved: moved.length };
  });
}
