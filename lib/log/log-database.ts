import { Dexie, type EntityTable } from 'dexie';
import type { ErrorEntry } from './error-entry';

export const LOG_DATABASE_NAME = 'kefu-benchmark-log';

/**
 * A database of its own for the error log, apart from the data's (lib/db): a failed open or upgrade of
 * the data's database is one of the failures it has to keep, so it must not share its fate.
 */
export class LogDatabase extends Dexie {
  declare errors: EntityTable<ErrorEntry, 'id'>;

  constructor(name: string = LOG_DATABASE_NAME) {
    super(name);
    this.version(1).stores({ errors: '++id, at' });
  }
}

let shared: LogDatabase | null = null;

/** One connection per extension context (background, options page…), opened on first use. */
export function logDatabase(): LogDatabase {
  shared ??= new LogDatabase();
  return shared;
}
