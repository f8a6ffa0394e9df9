import type { KefuDatabase } from '../../../lib/db/database';
import { storedValues } from '../db/stored-values';

/** Every record of the stores an import may touch, in key order: equal dumps mean nothing changed. */
export async function storeDump(db: KefuDatabase) {
  const [values, captures, snapshots] = await Promise.all([storedValues(db), db.captures.toArray(), db.snapshots.toArray()]);
  return { values, captures, snapshots };
}
