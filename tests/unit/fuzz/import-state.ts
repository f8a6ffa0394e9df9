import type { KefuDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../db/make-capture';
import { storedValues } from '../db/stored-values';

/** Everything an import may touch, in key order: equal before and after means nothing changed. */
export async function databaseState(db: KefuDatabase) {
  return {
    values: await storedValues(db),
    captures: await db.captures.toArray(),
    snapshots: await db.snapshots.toArray(),
    sites: await db.sites.toArray(),
    schemes: await db.schemes.toArray(),
    agents: await db.agents.toArray(),
    prefs: await db.prefs.toArray(),
  };
}

export type DatabaseState = Awaited<ReturnType<typeof databaseState>>;

/** What importFile routes to the backup reader (lib/io/import-file.ts): JSON, after a byte order mark. */
export function looksLikeJson(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  return start.startsWith('{') || start.startsWith('[');
}

/**
 * A seeded database kept across a property's runs while imports are refused (they change nothing, which
 * each run checks against the state read once), and replaced after an import that wrote: opening and
 * seeding a fake IndexedDB per run would cost most of the fuzz budget.
 */
export function seededDatabases(seed: (db: KefuDatabase) => Promise<void>) {
  let current: { db: KefuDatabase; before: DatabaseState } | null = null;
  const drop = async () => {
    if (!current) return;
    current.db.close();
    await current.db.delete();
    current = null;
  };
  return {
    async get(): Promise<{ db: KefuDatabase; before: DatabaseState }> {
      if (!current) {
        const db = freshDatabase();
        await seed(db);
        current = { db, before: await databaseState(db) };
      }
      return current;
    },
    /** After an import that wrote (or a failed check): the next run starts from a fresh seed. */
    spoil: drop,
    dispose: drop,
  };
}
