/**
 * Evaluated in an extension page (page.evaluate of the IIFE bundle: extension pages refuse inline
 * scripts, DevTools evaluation is allowed): fills the extension's own IndexedDB with a year of captures
 * through writeCapture, the background's write path, so the views read what they will read in the field.
 */
import { openDatabase } from '../../../lib/db/database';
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

(globalThis as unknown as { kefuSeed: object }).kefuSeed = { seed, seedTeam, count };
