/**
 * Evaluated in an extension page (page.evaluate of the IIFE bundle: extension pages refuse inline
 * scripts, DevTools evaluation is allowed): fills the extension's own IndexedDB with a year of captures
 * through writeCapture, the background's write path, so the views read what they will read in the field.
 */
import { openDatabase } from '../../../lib/db/database';
import { packIntoMonth } from '../../../lib/db/value-month';
import { snapshotId, valueId } from '../../../lib/model/keys';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { storeStats } from '../../../lib/db/stats';
import { writeCapture } from '../../../lib/db/write-capture';
import { teamOfShops } from './team-of-shops';
import { yearOfCaptures } from './year-of-captures';

interface SeedOptions {
  days: number;
  agents: number;
  metrics: number;
}

async function seed(o: SeedOptions): Promise<{ values: number; ms: number }> {
  const db = openDatabase();
  const t0 = performance.now();
  for (const { capture, capturedAt } of yearOfCaptures(o.days, o.agents, o.metrics, '2025-11-26', true)) {
    await writeCapture(db, capture, capturedAt);
  }
  const { values } = await storeStats(db);
  db.close();
  return { values, ms: performance.now() - t0 };
}

async function count(): Promise<number> {
  const db = openDatabase();
  try {
    return (await storeStats(db)).values;
  } finally {
    db.close();
  }
}

interface TeamSeedOptions {
  agents: number;
  shops: number;
  days: number;
  firstDay: string;
}

/** The team-scale bench's outsourcing team (team-of-shops.ts): its captures and the agents' profiles. */
async function seedTeam(o: TeamSeedOptions): Promise<{ values: number; profiles: number; ms: number }> {
  const db = openDatabase();
  const t0 = performance.now();
  const { captures, profiles } = teamOfShops(o.agents, o.shops, o.days, o.firstDay);
  for (const { capture, capturedAt } of captures) await writeCapture(db, capture, capturedAt);
  await db.agents.bulkPut(profiles);
  const { values } = await storeStats(db);
  const stored = await db.agents.count();
  db.close();
  return { values, profiles: stored, ms: performance.now() - t0 };
}

interface MonthSeedOptions {
  agents: number;
  /** The days, oldest first (a year up to yesterday). */
  days: string[];
  metrics: string[];
}

/**
 * The month-view bench (measure-month-view.ts): daily values of `agents` 售前 agents over `days`, written
 * straight as month records (the write path is measured elsewhere), and the agents' profiles.
 */
async function seedMonths(o: MonthSeedOptions): Promise<{ values: number; records: number; ms: number }> {
  const db = openDatabase();
  const t0 = performance.now();
  const source = 'sycm|https://sycm.taobao.com/qos/service/kefu_performance|bench';
  let values = 0;
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const label = (a: number) => `旗舰店${a % 10}:客服${String(a).padStart(4, '0')}`;
  const months = [...new Set(o.days.map((d) => d.slice(0, 7)))];
  for (let a = 0; a < o.agents; a++) {
    const records = months.map((month) => {
      const batch: ValueRecord[] = [];
      for (const [d, day] of o.days.entries()) {
        if (!day.startsWith(month)) continue;
        for (const metric of o.metrics) {
          const value = metric.endsWith('_count') ? Math.round(rnd() * 300) : metric === 'sales_amount' ? Math.round(rnd() * 50_000) : Math.round(rnd() * 10_000) / 100;
          batch.push({ id: valueId(source, day, day, label(a), metric), sourceKey: source, console: 'sycm', periodStart: day, periodEnd: day, periodGuessed: false, label: label(a), rowKind: 'agent', metric, value, captureId: d + 1, capturedAt: `${day}T23:00:00.000Z` });
        }
      }
      values += batch.length;
      return packIntoMonth(undefined, batch);
    });
    await db.valueMonths.bulkPut(records);
  }
  await db.agents.bulkPut(Array.from({ length: o.agents }, (_, a) => ({ key: label(a), role: 'presale' as const, aliases: [], isMe: false })));
  // One snapshot a day: the panel lists periods (and shows its empty state without any) from them.
  const labels = Array.from({ length: o.agents }, (_, a) => label(a)).sort();
  await db.snapshots.bulkPut(
    o.days.map((day, d) => ({ id: snapshotId(source, day, day), sourceKey: source, console: 'sycm' as const, periodStart: day, periodEnd: day, labels, captureIds: [d + 1], firstCapturedAt: `${day}T23:00:00.000Z`, lastCapturedAt: `${day}T23:00:00.000Z` })),
  );
  const records = await db.valueMonths.count();
  db.close();
  return { values, records, ms: performance.now() - t0 };
}

(globalThis as unknown as { kefuSeed: object }).kefuSeed = { seed, seedTeam, seedMonths, count };
