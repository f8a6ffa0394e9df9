import type { KefuDatabase } from '../db';
import { syncUserSiteScripts, type ScriptingApi } from './user-site-scripts';

/** Stores a granted site and re-registers the content script for all user sites. */
export async function addUserSite(db: KefuDatabase, scripting: ScriptingApi, pattern: string, now: Date = new Date()): Promise<void> {
  await db.sites.put({ pattern, addedAt: now.toISOString() });
  await syncUserSiteScripts(scripting, await userSitePatterns(db));
}

export async function removeUserSite(db: KefuDatabase, scripting: ScriptingApi, pattern: string): Promise<void> {
  await db.sites.delete(pattern);
  await syncUserSiteScripts(scripting, await userSitePatterns(db));
}

export async function userSitePatterns(db: KefuDatabase): Promise<string[]> {
  return (await db.sites.toArray()).map((s) => s.pattern).sort();
}
