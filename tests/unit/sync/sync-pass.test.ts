import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { writeCapture } from '../../../lib/db/write-capture';
import { allStoredValues } from '../../../lib/db/value-store';
import { saveScheme } from '../../../lib/db/settings-store';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { SyncSettings } from '../../../lib/sync';
import { runSyncPass } from '../../../lib/sync/run-sync-pass';
import type { PouchStatic } from '../../../lib/sync/pouch-types';
import { startSyncServer, type SyncServer } from '../../support/sync-server';

// pouchdb-browser reads `self`; its IndexedDB adapter does not run on fake-indexeddb, so the mirror uses
// the memory adapter here (the extension uses IndexedDB).
(globalThis as { self?: unknown }).self ??= globalThis;
const PouchDB = (await import('pouchdb-browser')).default as unknown as PouchStatic & { plugin(p: unknown): void };
// @ts-expect-error pouchdb-adapter-memory ships no types
PouchDB.plugin((await import('pouchdb-adapter-memory')).default);

const newDb = freshDatabasesPerTest();
let server: SyncServer;
const SHOP = '旗舰店';
const options = { pouch: PouchDB, mirrorAdapter: 'memory' };

beforeAll(async () => {
  server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw'], agents: ['amei:amei-pw'] });
}, 30_000);
afterAll(async () => server?.stop());

function settings(role: 'manager' | 'agent', username: string): SyncSettings {
  return { enabled: true, serverUrl: server.url, username, role, shops: [SHOP] };
}

async function snapshotOf(db: ReturnType<typeof newDb>) {
  // Every value with what recorded it, but not the browser's own capture ids (each numbers its own log).
  const months = (await allStoredValues(db)).map(({ captureId: _id, ...v }) => v).sort((a, b) => (a.id < b.id ? -1 : 1));
  const captures = (await db.captures.toArray()).map(({ id: _id, ...c }) => c);
  return { months, captures, schemes: await db.schemes.toArray() };
}

describe('runSyncPass against the stand-in server', () => {
  it('manager pushes; an agent pulls the same records into a fresh database; a second pass changes nothing', async () => {
    const manager = newDb();
    await writeCapture(manager, makeCapture(), new Date('2026-11-21T02:00:00Z'));
    const scheme = { ...presetScheme('presale'), name: '店长的方案' };
    expect((await saveScheme(manager, scheme)).ok).toBe(true);
    const pushed = await runSyncPass(manager, settings('manager', 'boss'), { username: 'boss', password: 'boss-pw' }, options);
    expect(pushed.problem).toBeNull();
    expect(pushed.pushed).toBeGreaterThan(0);
    expect(pushed.pending).toBe(0);

    const agent = newDb();
    const pulled = await runSyncPass(agent, settings('agent', 'amei'), { username: 'amei', password: 'amei-pw' }, options);
    expect(pulled.problem).toBeNull();
    expect(pulled.pulled).toBe(pushed.pushed + 1); // + the validation design document, replicated and ignored
    const [m, a] = [await snapshotOf(manager), await snapshotOf(agent)];
    expect(a.months).toEqual(m.months);
    expect(a.captures).toEqual(m.captures);
    expect(a.schemes.find((s) => s.role === 'presale')?.name).toBe('店长的方案');

    const again = await runSyncPass(agent, settings('agent', 'amei'), { username: 'amei', password: 'amei-pw' }, options);
    expect(again).toMatchObject({ pulled: 0, problem: null });
    expect(await snapshotOf(agent)).toEqual(a);
    const managerAgain = await runSyncPass(manager, settings('manager', 'boss'), { username: 'boss', password: 'boss-pw' }, options);
    expect(managerAgain).toMatchObject({ pushed: 0, pending: 0, problem: null });
  }, 30_000);

  it('an agent account cannot write (forbidden) and its local data stays as it was', async () => {
    const db = newDb();
    await writeCapture(db, makeCapture({ rows: [{ label: `${SHOP}:阿美`, kind: 'agent', values: { reply_rate: 91 } }] }), new Date('2026-11-22T02:00:00Z'));
    const before = await snapshotOf(db);
    const result = await runSyncPass(db, settings('manager', 'amei'), { username: 'amei', password: 'amei-pw' }, options);
    expect(result.problem?.code).toBe('forbidden');
    expect(result.pending).toBeGreaterThan(0);
    expect(await snapshotOf(db)).toEqual(before);
  }, 30_000);

  it('a wrong password is unauthorized, no password is no_password, and nothing local changes', async () => {
    const db = newDb();
    await writeCapture(db, makeCapture(), new Date('2026-11-23T02:00:00Z'));
    const before = await snapshotOf(db);
    const wrong = await runSyncPass(db, settings('agent', 'amei'), { username: 'amei', password: 'nope' }, options);
    expect(wrong.problem?.code).toBe('unauthorized');
    expect((await runSyncPass(db, settings('agent', 'amei'), null, options)).problem?.code).toBe('no_password');
    expect(await snapshotOf(db)).toEqual(before);
  }, 30_000);

  it('a server that does not answer is unreachable', async () => {
    const db = newDb();
    const result = await runSyncPass(db, { ...settings('agent', 'amei'), serverUrl: 'http://127.0.0.1:9' }, { username: 'amei', password: 'amei-pw' }, options);
    expect(result.problem?.code).toBe('unreachable');
  }, 30_000);
});
