import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { writeCapture } from '../../../lib/db/write-capture';
import type { SyncSettings } from '../../../lib/sync';
import type { PouchStatic } from '../../../lib/sync/pouch-types';
import { runSyncPass, type SyncPassOptions } from '../../../lib/sync/run-sync-pass';
import { shopDatabaseName } from '../../../lib/sync/shop-database';
import { wipeAll } from '../../../lib/db/queries';
import { bigCapture, freshDatabasesPerTest } from '../db/make-capture';
import { localSnapshot } from './local-snapshot';
import { MemoryPouch } from './memory-pouch';
import { startSyncServer, type SyncServer } from '../../support/sync-server';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../../scripts/sync-setup.mjs';

const newDb = freshDatabasesPerTest();
type Db = ReturnType<typeof newDb>;
const SHOP = '旗舰店';
// Mirrors are named by server, account and shop (and memory mirrors live as long as the process): a test
// of its own shop starts with fresh mirrors.
const SECOND_SHOP = '二店';
const STEPS = ['apply-pending', 'push-local', 'replicate-up', 'replicate-down', 'apply-pulled'] as const;
type Step = (typeof STEPS)[number];

function accounts(server: SyncServer, shop: string) {
  const as = (username: string, role: 'manager' | 'agent') => ({
    settings: { enabled: true, serverUrl: server.url, username, role, shops: [shop] } satisfies SyncSettings,
    credentials: { username, password: `${username}-pw` },
  });
  return { manager: as('boss', 'manager'), agent: as('amei', 'agent') };
}

/** What one pass does with the base options plus a test's (a hook, a flaky PouchDB). */
function passer(server: SyncServer, shop = SHOP) {
  const { manager, agent } = accounts(server, shop);
  return (db: Db, who: 'manager' | 'agent', extra: SyncPassOptions = {}) => {
    const a = who === 'manager' ? manager : agent;
    return runSyncPass(db, a.settings, a.credentials, { pouch: MemoryPouch, mirrorAdapter: 'memory', batchSize: 7, ...extra });
  };
}

/** The manager's day: a new day's table for the shop, and the presale scheme gets a version from that day. */
async function managerWorks(db: Db, day: string, shop = SHOP): Promise<void> {
  const capture = bigCapture(day, 6, 5);
  await writeCapture(db, { ...capture, rows: capture.rows.map((r) => ({ ...r, label: r.label.replace(/^[^:]+:/, `${shop}:`) })) }, new Date(`${day}T23:00:00Z`));
  const current = (await db.schemes.get('presale')) ?? { ...presetScheme('presale'), name: '店长方案' };
  const last = current.versions.at(-1)!;
  expect((await saveScheme(db, { ...current, versions: [...current.versions, { ...last, effectiveFrom: day, metrics: last.metrics.map((m) => ({ ...m, target: m.target + 0.5 })) }] })).ok).toBe(true);
}

/** A request to the stand-in as its admin. */
function adminRequest(server: SyncServer, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, { method, headers: { Authorization: server.adminAuth, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** A PouchDB whose requests to the server fail from the `limit`-th on: the pass stopped at any request. */
function cutAfter(limit: number): PouchStatic & { requests: () => number } {
  let n = 0;
  const Cut = function (name: string, options?: object) {
    return new MemoryPouch(name, options);
  } as unknown as PouchStatic & { requests: () => number };
  Cut.replicate = MemoryPouch.replicate.bind(MemoryPouch);
  Cut.fetch = async (url, init) => {
    // A gateway's answer for a server gone mid-pass (a thrown fetch leaves PouchDB's replicator with
    // requests it never awaits, which surface as unhandled rejections after the pass).
    if (++n >= limit) return new Response(JSON.stringify({ error: 'unavailable', reason: 'cut by the test' }), { status: 503, headers: { 'Content-Type': 'application/json' } });
    return MemoryPouch.fetch(url, init);
  };
  Cut.requests = () => n;
  return Cut;
}

describe('a pass stopped anywhere is completed by the next one: exact, nothing lost or duplicated', () => {
  let server: SyncServer;
  beforeAll(async () => {
    server = await startSyncServer({ shops: [SHOP, SECOND_SHOP], managers: ['boss:boss-pw'], agents: ['amei:amei-pw'], persistent: true });
  }, 30_000);
  afterAll(async () => server?.stop());

  it('at each step, with the server crashed there (and restarted with its data) or the worker stopped there', async () => {
    const pass = passer(server);
    const manager = newDb();
    const agent = newDb();
    await saveProfile(manager, { key: `${SHOP}:客服000`, displayName: '零号', aliases: [], isMe: false });
    await managerWorks(manager, '2026-10-01');
    expect((await pass(manager, 'manager')).problem).toBeNull();
    expect((await pass(agent, 'agent')).problem).toBeNull();
    expect(await localSnapshot(agent)).toEqual(await localSnapshot(manager));

    let day = 2;
    for (const step of STEPS) {
      for (const mode of ['server crashed', 'worker stopped'] as const) {
        const today = `2026-10-${String(day++).padStart(2, '0')}`;
        await managerWorks(manager, today);
        const managerBefore = await localSnapshot(manager);
        const agentBefore = await localSnapshot(agent);
        const fault = async (at: Step | 'fill-agents') => {
          if (at !== step) return;
          if (mode === 'server crashed') await server.kill();
          else throw new Error(`worker stopped at ${step}`);
        };
        const where = `${mode} at ${step} (${today})`;
        // The manager's pass stops; the agent's pass, stopped the same way, gets what reached the server.
        await pass(manager, 'manager', { onStep: fault });
        if (mode === 'server crashed') await server.restart();
        expect(await localSnapshot(manager), where).toEqual(managerBefore);
        await pass(agent, 'agent', { onStep: fault });
        if (mode === 'server crashed') await server.restart();
        expect((await localSnapshot(agent)).captures.length, where).toBeGreaterThanOrEqual(agentBefore.captures.length);

        const m = await pass(manager, 'manager');
        expect(m, where).toMatchObject({ problem: null, pending: 0 });
        expect((await pass(agent, 'agent')).problem, where).toBeNull();
        const [mine, theirs] = [await localSnapshot(manager), await localSnapshot(agent)];
        expect(mine, where).toEqual(managerBefore);
        expect(theirs, where).toEqual(mine);
        expect(theirs.captures, where).toHaveLength(day - 1); // one per day: none twice
      }
    }
    // The last scheme has a version per day, and the server holds no conflict or stray revision.
    expect((await localSnapshot(agent)).schemes.find((s) => s.role === 'presale')?.versions.length).toBe(day);
    const res = await fetch(`${server.url}/${shopDatabaseName(SHOP)}/scheme:presale?conflicts=true`, { headers: { Authorization: server.adminAuth } });
    expect(((await res.json()) as { _conflicts?: unknown })._conflicts).toBeUndefined();
  }, 120_000);

  it('with the worker stopped at any request of a pass (manager and agent), the next pass completes it exactly', async () => {
    const pass = passer(server, SECOND_SHOP);
    const manager = newDb();
    const agent = newDb();
    await managerWorks(manager, '2026-11-01', SECOND_SHOP);
    expect((await pass(manager, 'manager')).problem).toBeNull();
    expect((await pass(agent, 'agent')).problem).toBeNull();
    let cuts = 0;
    let day = 2;
    for (const who of ['manager', 'agent'] as const) {
      for (let limit = 1; ; limit++) {
        const today = `2026-11-${String(day++).padStart(2, '0')}`;
        if (who === 'manager') await managerWorks(manager, today, SECOND_SHOP);
        const pouch = cutAfter(limit);
        const stopped = await pass(who === 'manager' ? manager : agent, who, { pouch });
        if (who === 'agent' && stopped.problem === null) break; // the whole pass fit under the limit: every cut tried
        if (who === 'manager') {
          if (stopped.problem === null) {
            expect((await pass(agent, 'agent')).problem).toBeNull();
            break;
          }
          expect(stopped.problem.code, `manager cut at request ${limit}`).toBe('server_error');
        }
        cuts++;
        expect((await pass(manager, 'manager')).problem).toBeNull();
        expect((await pass(agent, 'agent')).problem).toBeNull();
        const [mine, theirs] = [await localSnapshot(manager), await localSnapshot(agent)];
        expect(theirs, `${who} cut at request ${limit}`).toEqual(mine);
        if (who === 'agent') {
          await managerWorks(manager, today, SECOND_SHOP);
          expect((await pass(manager, 'manager')).problem).toBeNull();
        }
      }
    }
    expect(cuts).toBeGreaterThan(5);
  }, 180_000);
});

describe('the shop database restored from an older backup, or deleted and set up again', () => {
  let server: SyncServer;
  beforeAll(async () => {
    server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw'], agents: ['amei:amei-pw', 'ajie:ajie-pw', 'abo:abo-pw'] });
  }, 30_000);
  afterAll(async () => server?.stop());

  const admin = (method: string, path: string, body?: unknown) => adminRequest(server, method, path, body);
  const setUpAgain = () => setup({ url: `http://admin:admin-pw@127.0.0.1:${server.port}`, shops: [SHOP], managers: ['boss:boss-pw'], agents: ['amei:amei-pw', 'ajie:ajie-pw', 'abo:abo-pw'], log: () => {} });
  /** A new agent's browser (its own account, so its own mirror). */
  const newcomerPass = (db: Db, username: string) =>
    runSyncPass(db, { enabled: true, serverUrl: server.url, username, role: 'agent', shops: [SHOP] }, { username, password: `${username}-pw` }, { pouch: MemoryPouch, mirrorAdapter: 'memory' });
  const copy = async (from: string, to: string) => {
    const at = `http://admin:admin-pw@127.0.0.1:${server.port}`;
    const res = await admin('POST', '/_replicate', { source: `${at}/${from}`, target: `${at}/${to}`, create_target: true });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  };

  it('the manager’s next pass puts back what the server lost, and every agent browser, old or new, ends equal to it', async () => {
    const pass = passer(server);
    const manager = newDb();
    const agent = newDb();
    const name = shopDatabaseName(SHOP);
    /** After the server changed: a new day, then the manager, the old agent browser and a new one (`account`) end equal. */
    const nextDayEndsEqual = async (day: string, account: string, captures: number) => {
      await managerWorks(manager, day);
      expect((await pass(manager, 'manager')).problem, day).toBeNull();
      expect((await pass(agent, 'agent')).problem, day).toBeNull();
      const newcomer = newDb();
      expect((await newcomerPass(newcomer, account)).problem, day).toBeNull();
      const mine = await localSnapshot(manager);
      expect(mine.captures, day).toHaveLength(captures);
      expect(await localSnapshot(agent), day).toEqual(mine);
      expect(await localSnapshot(newcomer), day).toEqual(mine);
    };
    await managerWorks(manager, '2026-10-01');
    expect((await pass(manager, 'manager')).problem).toBeNull();
    expect((await pass(agent, 'agent')).problem).toBeNull();
    await copy(name, 'kefu-backup');

    // Two more days reach the server; then it is restored from the backup of the first.
    for (const day of ['2026-10-02', '2026-10-03']) {
      await managerWorks(manager, day);
      expect((await pass(manager, 'manager')).problem).toBeNull();
      expect((await pass(agent, 'agent')).problem).toBeNull();
    }
    expect((await admin('DELETE', `/${name}`)).status).toBe(200);
    await copy('kefu-backup', name);
    await setUpAgain();

    await nextDayEndsEqual('2026-10-04', 'ajie', 4);

    // Deleted and set up again: empty, with a new incarnation, however far its sequence gets.
    expect((await admin('DELETE', `/${name}`)).status).toBe(200);
    await setUpAgain();
    await nextDayEndsEqual('2026-10-05', 'abo', 5);
  }, 60_000);
});

describe('清空全部数据 in a synced browser', () => {
  let server: SyncServer;
  beforeAll(async () => {
    server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw'], agents: ['amei:amei-pw'] });
  }, 30_000);
  afterAll(async () => server?.stop());

  it('the next pass brings the team’s data back, to an agent and to a manager, and the server is untouched', async () => {
    const pass = passer(server);
    const manager = newDb();
    const agent = newDb();
    for (const day of ['2026-10-01', '2026-10-02']) await managerWorks(manager, day);
    expect((await pass(manager, 'manager')).problem).toBeNull();
    expect((await pass(agent, 'agent')).problem).toBeNull();
    const team = await localSnapshot(manager);
    expect(team.captures).toHaveLength(2);
    const onServer = async () => (await (await fetch(`${server.url}/${shopDatabaseName(SHOP)}/_all_docs`, { headers: { Authorization: server.adminAuth } })).json()) as { rows: { id: string; value: { rev: string } }[] };
    const before = await onServer();

    await wipeAll(agent);
    expect((await localSnapshot(agent)).captures).toEqual([]);
    expect((await pass(agent, 'agent')).problem).toBeNull();
    expect(await localSnapshot(agent)).toEqual(team);

    await wipeAll(manager);
    expect(await pass(manager, 'manager')).toMatchObject({ problem: null, pushed: 0, pending: 0 });
    expect(await localSnapshot(manager)).toEqual(team);
    expect(await onServer()).toEqual(before);
    // And it goes on as before: a new day is pushed and reaches the agent.
    await managerWorks(manager, '2026-10-03');
    expect((await pass(manager, 'manager')).problem).toBeNull();
    expect((await pass(agent, 'agent')).problem).toBeNull();
    expect((await localSnapshot(agent)).captures).toHaveLength(3);
    expect(await localSnapshot(agent)).toEqual(await localSnapshot(manager));
  }, 60_000);
});

describe('a revoked account', () => {
  let server: SyncServer;
  beforeAll(async () => {
    server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw'], agents: ['amei:amei-pw'] });
  }, 30_000);
  afterAll(async () => server?.stop());

  const admin = (method: string, path: string, body?: unknown) => adminRequest(server, method, path, body);

  it('a deleted user is unauthorized, a role dropped from _security is refused; the shop is named and local data stays', async () => {
    const pass = passer(server);
    const manager = newDb();
    const agent = newDb();
    await managerWorks(manager, '2026-11-20');
    expect((await pass(manager, 'manager')).problem).toBeNull();
    expect((await pass(agent, 'agent')).problem).toBeNull();
    const held = await localSnapshot(agent);
    expect(held.captures).toHaveLength(1);
    await managerWorks(manager, '2026-11-21');
    expect((await pass(manager, 'manager')).problem).toBeNull();

    // The account deleted.
    const user = (await (await admin('GET', `/_users/${encodeURIComponent('org.couchdb.user:amei')}`)).json()) as { _rev: string };
    expect((await admin('DELETE', `/_users/${encodeURIComponent('org.couchdb.user:amei')}?rev=${user._rev}`)).status).toBe(200);
    const deleted = await pass(agent, 'agent');
    expect(deleted.problem).toMatchObject({ code: 'unauthorized', shop: SHOP });
    expect(await localSnapshot(agent)).toEqual(held);

    // The account back, but its role no longer a member of the shop.
    const db = shopDatabaseName(SHOP);
    await admin('PUT', `/_users/${encodeURIComponent('org.couchdb.user:amei')}`, { _id: 'org.couchdb.user:amei', name: 'amei', type: 'user', roles: ['agent'], password: 'amei-pw' });
    expect((await admin('PUT', `/${db}/_security`, { admins: { names: [], roles: ['manager'] }, members: { names: [], roles: ['manager'] } })).status).toBe(200);
    const revoked = await pass(agent, 'agent');
    // CouchDB 3 answers a logged-in non-member 403 (forbidden); the stand-in's security plugin answers 401.
    expect(revoked.problem).toMatchObject({ code: expect.stringMatching(/^(forbidden|unauthorized)$/), shop: SHOP });
    expect(revoked.problem?.detail).toMatch(/not (authorized|allowed) to access this db/);
    expect(await localSnapshot(agent)).toEqual(held);

    // Given back: the next pass brings what it missed.
    expect((await admin('PUT', `/${db}/_security`, { admins: { names: [], roles: ['manager'] }, members: { names: [], roles: ['agent', 'manager'] } })).status).toBe(200);
    expect((await pass(agent, 'agent')).problem).toBeNull();
    expect(await localSnapshot(agent)).toEqual(await localSnapshot(manager));
  }, 60_000);
});
