import { type KefuDatabase, readPref, writePref, type OverlayPrefs } from '../db';

/**
 * Read-modify-write of the overlay prefs in one transaction: the background (position, hidden hosts),
 * the overlay page (expanded) and the popup (show again) write the same record from different pages.
 */
export async function updateOverlayPrefs(db: KefuDatabase, change: (prefs: OverlayPrefs) => OverlayPrefs): Promise<OverlayPrefs> {
  return db.transaction('rw', db.prefs, async () => {
    const next = change(await readPref(db, 'overlay'));
    await writePref(db, 'overlay', next);
    return next;
  });
}

/** Host names compare without case and without a trailing dot (`SYCM.taobao.com.` is sycm.taobao.com). */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export function isHostHidden(prefs: OverlayPrefs, host: string): boolean {
  return prefs.hiddenHosts.includes(normalizeHost(host));
}

export function hideHost(db: KefuDatabase, host: string): Promise<OverlayPrefs> {
  const h = normalizeHost(host);
  return updateOverlayPrefs(db, (p) => (p.hiddenHosts.includes(h) ? p : { ...p, hiddenHosts: [...p.hiddenHosts, h].slice(-1000) }));
}

export function showHost(db: KefuDatabase, host: string): Promise<OverlayPrefs> {
  const h = normalizeHost(host);
  return updateOverlayPrefs(db, (p) => ({ ...p, hiddenHosts: p.hiddenHosts.filter((x) => x !== h) }));
}

export function savePosition(db: KefuDatabase, position: { x: number; y: number } | null): Promise<OverlayPrefs> {
  return updateOverlayPrefs(db, (p) => ({ ...p, position: position && { x: Math.round(position.x), y: Math.round(position.y) } }));
}

export function saveExpanded(db: KefuDatabase, expanded: boolean): Promise<OverlayPrefs> {
  return updateOverlayPrefs(db, (p) => (p.expanded === expanded ? p : { ...p, expanded }));
}
