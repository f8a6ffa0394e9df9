import type { KefuDatabase } from './database';

/**
 * Closes this page's connection for good when another connection upgrades the database (a new version of
 * the extension while an options page or side panel of the old one is open), so the upgrade never waits
 * on it. Dexie's own handler closes too but reopens on the next read, at the old version, over the new
 * layout; this one keeps it closed and calls `onOutdated` so the page can ask for a reload.
 * Returns the unsubscribe.
 */
export function closeForUpgrade(db: KefuDatabase, onOutdated: () => void): () => void {
  const listener = () => {
    db.close({ disableAutoOpen: true });
    onOutdated();
    // Handled: Dexie runs the newest listener first, and `false` keeps its default (close, then reopen) from running.
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
