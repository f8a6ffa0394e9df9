import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { closeForUpgrade, type KefuDatabase } from '@/lib/db';
import { DatabaseOutdatedBanner } from './errors/DatabaseOutdatedBanner';

/**
 * The surface's database, opened once in its entrypoint (main.tsx) and read where it is needed, instead
 * of a `db` prop handed down through every component in between. Tests give each render its own.
 */
const DatabaseContext = createContext<KefuDatabase | null>(null);

/**
 * Provides the database, and gives it up when a newer version of the extension upgrades it while this
 * page is open (the upgrade goes ahead at once): a banner then asks for a reload.
 */
export function DatabaseProvider({ db, children }: { db: KefuDatabase; children: ReactNode }) {
  const [outdated, setOutdated] = useState(false);
  useEffect(() => closeForUpgrade(db, () => setOutdated(true)), [db]);
  return (
    <DatabaseContext value={db}>
      {outdated && <DatabaseOutdatedBanner />}
      {children}
    </DatabaseContext>
  );
}

/** The database of the nearest DatabaseProvider; rendering without one is a wiring mistake and throws. */
export function useDatabase(): KefuDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs a <DatabaseProvider> above it (see the entrypoint main.tsx)');
  return db;
}
