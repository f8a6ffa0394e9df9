import { errorDetail, type ErrorKind } from './error-entry';
import { logDatabase, type LogDatabase } from './log-database';

/** Entries kept: the newest, enough for "what went wrong this week", small enough to never matter. */
export const ERROR_LOG_SIZE = 100;

/**
 * Keeps a failure in the error log (a ring of the newest ERROR_LOG_SIZE entries) for the options page.
 * Never throws: reporting must not add a failure of its own to the one it reports. When even the log
 * cannot be written (IndexedDB itself refused), the console is all that is left.
 */
export async function reportError(kind: ErrorKind, error: unknown, db: LogDatabase = logDatabase(), now: Date = new Date()): Promise<void> {
  const detail = errorDetail(error);
  try {
    await db.transaction('rw', db.errors, async () => {
      await db.errors.add({ at: now.toISOString(), kind, detail });
      const count = await db.errors.count();
      if (count > ERROR_LOG_SIZE) {
        const oldest = await db.errors.orderBy('id').limit(count - ERROR_LOG_SIZE).primaryKeys();
        await db.errors.bulkDelete(oldest);
      }
    });
  } catch (logError) {
    console.error('[kefu]', kind, detail, logError);
  }
}
