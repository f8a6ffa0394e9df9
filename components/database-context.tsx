import { createContext, useContext, type ReactNode } from 'react';
import type { KefuDatabase } from '@/lib/db';

/**
 * The surface's database, opened once in its entrypoint (main.tsx) and read where it is needed, instead
 * of a `db` prop handed down through every component in between. Tests give each render its own.
 */
const DatabaseContext = createContext<KefuDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: KefuDatabase; children: ReactNode }) {
  return <DatabaseContext value={db}>{children}</DatabaseContext>;
}

/** The database of the nearest DatabaseProvider; rendering without one is a wiring mistake and throws. */
export function useDatabase(): KefuDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it (see the entrypoint main.tsx)');
  return db;
}
