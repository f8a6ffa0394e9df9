import { originMatchesPattern } from '../sites';
import type { SyncSettings } from './sync-contract';
import { parseServerUrl } from './server-url';

/** The parts of chrome.permissions the switch uses, so it is tested without a browser. */
export interface PermissionsApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface SyncSwitchDeps {
  permissions: PermissionsApi;
  writeSettings(settings: SyncSettings): Promise<void>;
  storePassword(password: string): Promise<void>;
  forgetPassword(): Promise<void>;
  /** The sites the user added (lib/sites): a permission one of them needs is never removed here. */
  userSitePatterns(): Promise<string[]>;
}

export type SwitchOnOutcome = { ok: true } | { ok: false; reason: 'permission_refused' };

/**
 * Switches sync on (or saves new settings while on): asks for the host permission of that one server
 * origin first — called straight from the click, the request runs before any await, inside the user's
 * gesture as the browser demands. Refused: nothing is stored and sync stays as it was. A server that
 * moved gives back the old origin's permission.
 */
export async function switchSyncOn(deps: SyncSwitchDeps, next: SyncSettings, pattern: string, password: string, previous: SyncSettings): Promise<SwitchOnOutcome> {
  const granted = await deps.permissions.request({ origins: [pattern] });
  if (!granted) return { ok: false, reason: 'permission_refused' };
  if (password !== '') await deps.storePassword(password);
  await deps.writeSettings({ ...next, enabled: true });
  const old = previous.enabled ? parseServerUrl(previous.serverUrl) : null;
  if (old?.ok && old.pattern !== pattern) await releaseServerPermission(deps, old.pattern);
  return { ok: true };
}

/** Switches sync off: stored off first (the background stops at once), then the password and the permission go. */
export async function switchSyncOff(deps: SyncSwitchDeps, current: SyncSettings): Promise<void> {
  await deps.writeSettings({ ...current, enabled: false });
  await deps.forgetPassword();
  const url = parseServerUrl(current.serverUrl);
  if (url.ok) await releaseServerPermission(deps, url.pattern);
}

/** Removes the server's host permission unless a user site on the same host still needs it. */
async function releaseServerPermission(deps: SyncSwitchDeps, pattern: string): Promise<void> {
  const origin = pattern.slice(0, -'/*'.length);
  const sites = await deps.userSitePatterns();
  if (sites.some((site) => originMatchesPattern(origin, site))) return;
  await deps.permissions.remove({ origins: [pattern] });
}

/**
 * Whether removing a user site's permission would cut sync off from its server (a site added on the
 * server's host): then the site goes, the permission stays.
 */
export function syncNeedsPermission(sitePattern: string, settings: SyncSettings): boolean {
  if (!settings.enabled) return false;
  const url = parseServerUrl(settings.serverUrl);
  return url.ok && originMatchesPattern(url.url, sitePattern);
}
