import { describe, expect, it } from 'vitest';
import type { KefuDatabase } from '../../../lib/db/database';
import { valueRecordsOf, writeCapture } from '../../../lib/db/write-capture';
import { addDays, bigCapture, freshDatabase } from './make-capture';

/**
 * writeCapture against a raw bulkPut of the very same records, one capture per transaction each.
 * The budget is 365 days × 50 agents × 25 metrics at ≤ 2×; fake-indexeddb keeps everything in memory
 * and slows down as a store grows, so this runs a month of it (the browser-level run is tests/bench).
 */
const DAYS = 30;
const AT = new Date('2026-01-01T00:00:00.000Z');

async function timed(run: (db: KefuDatabase) => Promise<void>): Promise<number> {
  const db = freshDatabase();
  await db.open();
  const t0 = performance.now();
  await run(db);
  const ms = performance.now() - t0;
  db.close();
  await db.delete();
  return ms;
}

describe('writeCapture speed', () => {
  it(`stays within 2× of a raw bulkPut (${DAYS} captures × 50 agents × 25 metrics)`, async () => {
    const captures = Array.from({ length: DAYS }, (_, i) => bigCapture(addDays('2025-01-01', i), 50, 25));
    const records = captures.map((c, i) => valueRecordsOf(c, i + 1, AT));
    expect(records.flat()).toHaveLength(DAYS * 50 * 25);

    // Warm up both paths once so JIT and first-open costs do not land on one side.
    await timed(async (db) => void (await db.values.bulkPut(records[0]!)));
    await timed(async (db) => void (await writeCapture(db, captures[0]!, AT)));

    const raw = await timed(async (db) => {
      for (const batch of records) await db.transaction('rw', db.values, () => db.values.bulkPut(batch));
    });
    const written = await timed(async (db) => {
      for (const c of captures) await writeCapture(db, c, AT);
    });
    expect(written / raw).toBeLessThanOrEqual(2);
  }, 120_000);
});
