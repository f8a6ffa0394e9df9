import type { KefuDatabase } from '../db/database';
import { readPref, writePref } from '../db/prefs';

/** Lets the on-page badge appear again on a host where the agent hid it. */
export async function showSiteAgain(db: KefuDatabase, host: string): Promise<void> {
  await db.transaction('rw', db.prefs, async () => {
    const overlay = await readPref(db, 'overlay');
    await writePref(db, 'overlay', { ...overlay, hiddenHosts: overlay.hiddenHosts.filter((h) => h !== host) });
  });
}
