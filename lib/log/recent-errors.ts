import type { ErrorEntry } from './error-entry';
import { logDatabase, type LogDatabase } from './log-database';

/** The newest entries first (for the options page, under liveQuery). */
export function recentErrors(limit: number, db: LogDatabase = logDatabase()): Promise<ErrorEntry[]> {
  return db.errors.orderBy('id').reverse().limit(limit).toArray();
}

/** Empties the log (the user read it). */
export async function clearErrors(db: LogDatabase = logDatabase()): Promise<void> {
  await db.errors.clear();
}
