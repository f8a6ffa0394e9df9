import { describe, expect, test, vi } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { switchSyncOff, switchSyncOn, syncNeedsPermission, type SyncSwitchDeps } from '@/lib/sync/sync-switch';
import type { SyncSettings } from '@/lib/sync/sync-contract';
import { DEFAULT_SYNC_SETTINGS } from '@/lib/sync/sync-settings-store';
import { openDatabase } from '@/lib/db/database';
import { addUserSite, syncUserSiteScripts, userSitePatterns, type ScriptingApi } from '@/lib/sites';
import { embeddingAllowed } from '@/lib/overlay/embedding-check';

const settings: SyncSettings = { enabled: true, serverUrl: 'https://couch.example.com:6984', username: '店长', role: 'manager', shops: ['旗舰店'] };
const PATTERN = 'https://couch.example.com:6984/*';

/** Fakes of every dependency, recording calls in order; the browser grants or refuses as told. */
function fakes(grant: boolean, sites: string[] = []) {
  const calls: string[] = [];
  const granted = new Set<string>();
  const deps: SyncSwitchDeps = {
    permissions: {
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        calls.push(`request ${origins.join()}`);
        if (grant) origins.forEach((o) => granted.add(o));
        return grant;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        calls.push(`remove ${origins.join()}`);
        origins.forEach((o) => granted.delete(o));
        return true;
      }),
    },
    writeSettings: vi.fn(async (s: SyncSettings) => void calls.push(`write ${s.enabled ? 'on' : 'off'} ${s.serverUrl}`)),
    storePassword: vi.fn(async (p: string) => void calls.push(`store ${p}`)),
    forgetPassword: vi.fn(async () => void calls.push('forget')),
    userSitePatterns: async () => sites,
  };
  return { deps, calls, granted };
}

describe('switching sync on and off', () => {
  test('on: the permission for that one origin is asked before anything awaits, then the password and the settings are stored', async () => {
    const { deps, calls } = fakes(true);
    const pending = switchSyncOn(deps, settings, PATTERN, 'secret', DEFAULT_SYNC_SETTINGS);
    // Still inside the click: the request already went out.
    expect(calls).toEqual([`request ${PATTERN}`]);
    expect(await pending).toEqual({ ok: true });
    expect(calls).toEqual([`request ${PATTERN}`, 'store secret', 'write on https://couch.example.com:6984']);
  });

  test('a refused permission stores nothing: sync stays off, no password kept', async () => {
    const { deps, calls } = fakes(false);
    expect(await switchSyncOn(deps, settings, PATTERN, 'secret', DEFAULT_SYNC_SETTINGS)).toEqual({ ok: false, reason: 'permission_refused' });
    expect(calls).toEqual([`request ${PATTERN}`]);
  });

  test('an empty password field keeps the stored password', async () => {
    const { deps, calls } = fakes(true);
    await switchSyncOn(deps, settings, PATTERN, '', DEFAULT_SYNC_SETTINGS);
    expect(calls).not.toContain('store ');
    expect(deps.storePassword).not.toHaveBeenCalled();
  });

  test('a server that moved gives back the old origin', async () => {
    const { deps, calls } = fakes(true);
    await switchSyncOn(deps, { ...settings, serverUrl: 'https://new.example.com' }, 'https://new.example.com/*', '', settings);
    expect(calls).toEqual(['request https://new.example.com/*', 'write on https://new.example.com', `remove ${PATTERN}`]);
  });

  test('off: stored off first, then the password is forgotten and the permission removed', async () => {
    const { deps, calls } = fakes(true);
    await switchSyncOff(deps, settings);
    expect(calls).toEqual(['write off https://couch.example.com:6984', 'forget', `remove ${PATTERN}`]);
  });

  test('off keeps the permission when a user site on the same host needs it', async () => {
    const { deps, calls } = fakes(true, ['https://couch.example.com/*']);
    await switchSyncOff(deps, settings);
    expect(calls).toEqual(['write off https://couch.example.com:6984', 'forget']);
  });

  test('removing a user site on the server host keeps the permission while sync is on', () => {
    expect(syncNeedsPermission('https://couch.example.com/*', settings)).toBe(true);
    expect(syncNeedsPermission('https://*.example.com/*', settings)).toBe(true);
    expect(syncNeedsPermission('https://kf.example.cn/*', settings)).toBe(false);
    expect(syncNeedsPermission('https://couch.example.com/*', { ...settings, enabled: false })).toBe(false);
  });
});

describe('the sync server is never a user site', () => {
  test('after sync is switched on, the sites list, the registered scripts and the badge know nothing of the server', async () => {
    const db = openDatabase(`kefu-test-${crypto.randomUUID()}`);
    const registered: { id: string; matches: string[] }[] = [];
    const scripting: ScriptingApi = {
      getRegisteredContentScripts: async ({ ids } = {}) => registered.filter((s) => !ids || ids.includes(s.id)),
      registerContentScripts: async (scripts) => void registered.push(...scripts.map((s) => ({ id: s.id, matches: s.matches }))),
      updateContentScripts: async (scripts) => scripts.forEach((s) => (registered.find((r) => r.id === s.id)!.matches = s.matches)),
      unregisterContentScripts: async () => void registered.splice(0),
    };
    await addUserSite(db, scripting, 'https://kf.example.cn/*');
    const { deps, granted } = fakes(true);
    await switchSyncOn({ ...deps, userSitePatterns: () => userSitePatterns(db) }, settings, PATTERN, 'pw', DEFAULT_SYNC_SETTINGS);
    expect(granted.has(PATTERN)).toBe(true);
    // The browser holds both permissions; the sites come from the user's list, which is unchanged.
    await syncUserSiteScripts(scripting, await userSitePatterns(db));
    expect(await userSitePatterns(db)).toEqual(['https://kf.example.cn/*']);
    expect(registered.flatMap((s) => s.matches)).toEqual(['https://kf.example.cn/*', 'https://kf.example.cn/*']);
    expect(embeddingAllowed('https://couch.example.com:6984', await userSitePatterns(db))).toBe(false);
    await db.delete();
  });

  test('no code derives the sites from the browser\'s granted permissions (that list would hold the sync server)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name)) files.push(full);
      }
    };
    for (const dir of ['lib', 'components', 'entrypoints']) walk(dir);
    expect(files.filter((f) => /permissions\.getAll|permissions\.contains/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
