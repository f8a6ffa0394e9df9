import { describe, expect, it } from 'vitest';
import { mirrorName } from '../../../lib/sync/run-sync-pass';
import { shopDatabaseName } from '../../../lib/sync/shop-database';
import type { PouchStatic } from '../../../lib/sync/pouch-types';

(globalThis as { self?: unknown }).self ??= globalThis;
const PouchDB = (await import('pouchdb-browser')).default as unknown as PouchStatic & { plugin(p: unknown): void };
// @ts-expect-error pouchdb-adapter-memory ships no types
PouchDB.plugin((await import('pouchdb-adapter-memory')).default);

/** PouchDB's own test for a remote database name (pouchdb-browser, parseAdapter): unanchored. */
const POUCH_REMOTE_NAME = /([a-z-]*):\/\/(.*)/;

describe('mirrorName', () => {
  const settings = { serverUrl: 'https://couch.example.com:6984/', username: 'boss' };

  it('never reads as a server address to PouchDB (an http:// inside made the mirror an HTTP database)', () => {
    const name = mirrorName(settings, '旗舰店');
    expect(name).not.toMatch(POUCH_REMOTE_NAME);
    expect(name).toBe(`kefu-sync-mirror|https%3A%2F%2Fcouch.example.com%3A6984|boss|${shopDatabaseName('旗舰店')}`);
    // Without an adapter named, PouchDB picks its preferred local one (idb; node has no IndexedDB, so it says
    // so), never 'http'. Before the fix this was 'http'.
    const chosen = (() => {
      try {
        return (new PouchDB(name) as unknown as { adapter: string }).adapter;
      } catch (error) {
        return String(error);
      }
    })();
    expect(chosen).toMatch(/^(?:idb|memory|Error: Invalid Adapter: idb)$/);
    expect((new PouchDB(name, { adapter: 'memory' }) as unknown as { name: string }).name).toBe(name);
  });

  it('one mirror per server, account and shop; an account name with :// in it stays a local name', () => {
    const names = [
      mirrorName(settings, '旗舰店'),
      mirrorName({ ...settings, serverUrl: 'http://couch.example.com:6984' }, '旗舰店'),
      mirrorName({ ...settings, username: 'amei' }, '旗舰店'),
      mirrorName(settings, '专卖店'),
      mirrorName({ ...settings, username: 'x://y' }, '旗舰店'),
    ];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(POUCH_REMOTE_NAME);
  });

  it('ignores a trailing slash on the server address', () => {
    expect(mirrorName({ ...settings, serverUrl: 'https://couch.example.com:6984' }, 'A')).toBe(mirrorName(settings, 'A'));
  });
});
