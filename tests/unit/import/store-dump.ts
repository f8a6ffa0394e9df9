import type { KefuDatabase } from '../../../lib/db/database';

/** Every record of the stores an import may touch, in key order: equal dumps mean nothing changed. */
export async function storeDump(db: KefuDatabase) {
  const [values, captures, snapshots] = await Promise.all([db.values.toArray(), db.captures.toArray(), db.snapshots.toArray()]);
  return { values, captures, snapshots };
}
