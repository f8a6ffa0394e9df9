/**
 * Times writing a year of captures into IndexedDB: the background's capture path (parse the message,
 * writeCapture) against a raw Dexie bulkPut of exactly the value records that path produces. Each
 * measurement gets a fresh database, deleted afterwards.
 */
import { Dexie } from 'dexie';
import { openDatabase, type KefuDatabase } from '../../../lib/db/database';
import { parseCaptureMessage } from '../../../lib/messages/capture-message';
import { valueRecordsOf, writeCapture } from '../../../lib/db/write-capture';
import { storeStats } from '../../../lib/db/stats';
import { putValues } from '../../../lib/db/value-store';
import { yearOfCaptures, type DayCapture } from './year-of-captures';

export type WriteMode = 'capture-path' | 'raw-per-day' | 'raw-single';

interface Options {
  mode: WriteMode;
  days: number;
  agents: number;
  metrics: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** The capture path per day; parse and write timed apart, to show where the time goes. */
async function capturePath(db: KefuDatabase, year: DayCapture[]) {
  let parseMs = 0;
  let writeMs = 0;
  const dayMs: number[] = [];
  for (const { capture, capturedAt } of year) {
    const t0 = performance.now();
    const parsed = parseCaptureMessage({ type: 'capture', capture });
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(`capture refused: ${parsed.error}`);
    await writeCapture(db, parsed.capture, capturedAt);
    writeMs += performance.now() - t1;
    parseMs += t1 - t0;
    dayMs.push(performance.now() - t0);
  }
  return { ms: parseMs + writeMs, parseMs, writeMs, dayMs };
}

/** Only the store writes are timed (month records packed and put): building the value records is not the raw write's cost. */
async function rawPerDay(db: KefuDatabase, year: DayCapture[]) {
  const dayMs: number[] = [];
  let recordsMs = 0; // reported apart: the JS share of the capture path that IndexedDB speed hides
  for (const [i, { capture, capturedAt }] of year.entries()) {
    const r0 = performance.now();
    const records = valueRecordsOf(capture, i + 1, capturedAt);
    const t0 = performance.now();
    recordsMs += t0 - r0;
    await db.transaction('rw', db.valueMonths, () => putValues(db, records));
    dayMs.push(performance.now() - t0);
  }
  return { ms: dayMs.reduce((a, b) => a + b, 0), dayMs, recordsMs };
}

async function rawSingle(db: KefuDatabase, year: DayCapture[]) {
  const records = year.flatMap(({ capture, capturedAt }, i) => valueRecordsOf(capture, i + 1, capturedAt));
  gc();
  const t0 = performance.now();
  await db.transaction('rw', db.valueMonths, () => putValues(db, records));
  return { ms: performance.now() - t0 };
}

const RUNNERS = { 'capture-path': capturePath, 'raw-per-day': rawPerDay, 'raw-single': rawSingle };

async function timedWrite(options: Options) {
  const year = yearOfCaptures(options.days, options.agents, options.metrics);
  const name = `kefu-bench-${options.mode}-${Date.now()}`;
  const db = openDatabase(name);
  await db.open(); // schema creation is not part of either write
  gc();
  try {
    const wallStart = performance.now();
    const timing = await RUNNERS[options.mode](db, year);
    const wallMs = performance.now() - wallStart;
    const [values, captures] = await Promise.all([storeStats(db).then((s) => s.values), db.captures.count()]);
    return { mode: options.mode, ...timing, wallMs, values, captures };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

async function write(options: Options) {
  const result = await timedWrite(options);
  const left = (await indexedDB.databases()).filter((d) => d.name?.startsWith('kefu-bench-')).length;
  return { ...result, leftoverDatabases: left };
}

Object.assign(window, { kefuBench: { write } });
