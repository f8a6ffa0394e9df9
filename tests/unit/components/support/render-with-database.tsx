import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { DatabaseProvider } from '@/components/database-context';
import { openDatabase, type KefuDatabase } from '@/lib/db/database';

const opened: KefuDatabase[] = [];

afterEach(async () => {
  // Unmount first: live queries of a mounted view would see their database vanish.
  cleanup();
  for (const db of opened.splice(0)) await db.delete();
});

/** A fresh, empty database (fake-indexeddb) of its own name: tests never see each other's data. */
export function freshDatabase(): KefuDatabase {
  const db = openDatabase(`kefu-test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** Renders `ui` as an entrypoint does: under a DatabaseProvider of `db`. */
export function renderWithDatabase(ui: ReactNode, db: KefuDatabase) {
  return render(<DatabaseProvider db={db}>{ui}</DatabaseProvider>);
}
