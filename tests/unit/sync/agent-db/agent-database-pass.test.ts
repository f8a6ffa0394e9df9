import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, freshDatabasesPerTest, makeCapture } from '../../db/make-capture';
import { writeCapture } from '../../../../lib/db/write-capture';
import { allStoredValues } from '../../../../lib/db/value-store';
import { saveProfile, saveScheme } from '../../../../lib/db/settings-store';
import { presetScheme } from '../../../../lib/analysis/scheme-presets';
import type { SyncSettings } from '../../../../lib/sync';
import { runSyncPass } from '../../../../lib/sync/run-sync-pass';
import { agentDatabaseName } from '../../../../lib/sync/agent-database';
import { shopDatabaseName } from '../../../../lib/sync/shop-database';
import type { PouchStatic } from '../../../../lib/sync/pouch-types';
import { startSyncServer, type SyncServer } from '../../../support/sync-server';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../../../scripts/sync-setup.mjs';

// As in sync-pass.test.ts: the mirrors use PouchDB's memory adapter in node.
(globalThis as { self?: unknown }).self ??= globalThis;
const PouchDB = (await import('pouchdb-browser')).default as unknown as PouchStatic & { plugin(p: unknown): void };
// @ts-expect-error pouchdb-adapter-memory ships no types
PouchDB.plugin((await import('pouchdb-adapter-memory')).default);

const newDb = freshDatabasesPerTest();
const SHOP = '旗舰店';
const options = { pouch: PouchDB, mirrorAdapter: 'memory' };
const AMEI = `${SHOP}:阿美`;
const ABO = `${SHOP}:阿波`;
const TEAM_B = 'https://sycm.taobao.com/qos/service/frame/team-b|reply_rate';
let server: SyncServer;
let adminUrl: string;

beforeAll(async () => {
  server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw', 'boss2:boss2-pw'], agents: ['amei:amei-pw', 'abo:abo-pw'] });
  adminUrl = `http://admin:admin-pw@127.0.0.1:${server.port}`;
  // Setup is idempotent: the per-agent databases are a second run over the prepared server.
  await setup({ url: adminUrl, own: [`amei=${AMEI}`, `abo=${ABO}`], log: () => {} });
}, 30_000);
afterAll(async () => server?.stop());

const manager = (): SyncSettings => ({ enabled: true, serverUrl: server.url, username: 'boss', role: 'manager', shops: [SHOP] });
const ownAgent = (username: string): SyncSettings => ({ enabled: true, serverUrl: server.url, username, role: 'agent', shops: [], ownDatabase: true });
const boss = { username: 'boss', password: 'boss-pw' };
const amei = { username: 'amei', password: 'amei-pw' };

/** Team A: 阿美, 阿波 and the team's 均值 (阿波's cell unreadable); team B: 阿波 alone and its 均值. */
async function captureDay(db: ReturnType<typeof newDb>, day: string, reply: number) {
  const period = { start: day, end: day, evidence: `统计时间：${day}` };
  await writeCapture(
    db,
    makeCapture({
      metrics: ['reply_rate'],
      period,
      rows: [
        { label: AMEI, kind: 'agent', values: { reply_rate: reply } },
        { label: ABO, kind: 'agent', values: { reply_rate: 80 } },
        { label: '均值', kind: 'team_average', values: { reply_rate: (reply + 80) / 2 } },
      ],
      warnings: [{ row: ABO, metric: 'reply_rate', text: '八成', reason: 'unreadable' } as never],
    }),
    new Date(`${day}T23:00:00Z`),
  );
  await writeCapture(
    db,
    makeCapture({ metrics: ['reply_rate'], period, source: { tableKey: TEAM_B.split('|')[0] + '|reply_rate', pageUrl: 'https://sycm.taobao.com/qos/service/frame/team-b', frameUrl: 'https://sycm.taobao.com/qos/service/frame/team-b' }, rows: [{ label: ABO, kind: 'agent', values: { reply_rate: 70 } }, { label: '均值', kind: 'team_average', values: { reply_rate: 70 } }] }),
    new Date(`${day}T23:01:00Z`),
  );
}

async function held(db: ReturnType<typeof newDb>) {
  const values = await allStoredValues(db);
  return {
    rows: [...new Set(values.map((v) => `${v.sourceKey.includes('team-b') ? 'B' : 'A'} ${v.label} ${v.periodStart}`))].sort(),
    warnings: (await db.captures.toArray()).flatMap((c) => c.warnings.map((w) => w.row)),
    schemes: (await db.schemes.toArray()).map((s) => s.name),
    profiles: (await db.agents.toArray()).map((p) => p.key),
  };
}

async function status(path: string, user: string, password: string): Promise<{ status: number; body: { error?: string; reason?: string; update_seq?: unknown; doc_count?: number; rows: { id: string; value: { rev: string } }[] } }> {
  const res = await fetch(`${server.url}/${path}`, { headers: { Authorization: 'Basic ' + btoa(`${user}:${password}`) } });
  return { status: res.status, body: await res.json() };
}

describe('one read-only database per agent, filled by the manager', () => {
  // The manager's and 阿美's browsers live through the whole story (a PouchDB mirror outlives a test too).
  const managerDb = freshDatabase();
  const ameiDb = freshDatabase();
  afterAll(async () => {
    for (const d of [managerDb, ameiDb]) {
      d.close();
      await d.delete();
    }
  });

  it('agent 阿美 pulls only their records, the benchmarks of their tables, the scheme and their profile', async () => {
    await captureDay(managerDb, '2026-11-20', 96);
    expect((await saveScheme(managerDb, { ...presetScheme('presale'), name: '店长的方案' })).ok).toBe(true);
    for (const key of [AMEI, ABO]) expect((await saveProfile(managerDb, { key, aliases: [], isMe: false, displayName: key.slice(4) })).ok).toBe(true);
    const pushed = await runSyncPass(managerDb, manager(), boss, options);
    expect(pushed.problem).toBeNull();

    const agentDb = ameiDb;
    const pulled = await runSyncPass(agentDb, ownAgent('amei'), amei, options);
    expect(pulled.problem).toBeNull();
    expect(await held(agentDb)).toEqual({
      rows: [`A ${AMEI} 2026-11-20`, 'A 均值 2026-11-20'].sort(),
      warnings: [],
      schemes: expect.arrayContaining(['店长的方案']),
      profiles: [AMEI],
    });
    // The manager holds everything: 阿波 in both teams, team B's 均值, the warning on 阿波's cell.
    expect((await held(managerDb)).rows).toEqual([`A ${ABO} 2026-11-20`, `A ${AMEI} 2026-11-20`, 'A 均值 2026-11-20', `B ${ABO} 2026-11-20`, 'B 均值 2026-11-20'].sort());
    expect((await held(managerDb)).warnings).toEqual([ABO]);
    // And the values are the manager's, exactly.
    const mine = (await allStoredValues(agentDb)).map(({ captureId: _c, ...v }) => v);
    const theirs = (await allStoredValues(managerDb)).map(({ captureId: _c, ...v }) => v).filter((v) => v.label === AMEI || (v.label === '均值' && !v.sourceKey.includes('team-b')));
    expect(mine.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(theirs.sort((a, b) => (a.id < b.id ? -1 : 1)));
  }, 60_000);

  it('阿美 cannot read the shop database nor 阿波’s; 阿波 cannot read 阿美’s; neither may write their own', async () => {
    const shop = await status(shopDatabaseName(SHOP), 'amei', 'amei-pw');
    // CouchDB 3 answers 403 forbidden to a logged-in non-member; the stand-in answers 401 with this reason.
    expect([401, 403]).toContain(shop.status);
    expect(shop.body.reason).toMatch(/not (authorized|allowed) to access this db/);
    expect((await status(agentDatabaseName('abo'), 'amei', 'amei-pw')).status).toBeOneOf([401, 403]);
    expect((await status(agentDatabaseName('amei'), 'abo', 'abo-pw')).status).toBeOneOf([401, 403]);
    expect((await status(`${agentDatabaseName('amei')}/_all_docs`, 'amei', 'amei-pw')).status).toBe(200);
    const write = await fetch(`${server.url}/${agentDatabaseName('amei')}/forged`, { method: 'PUT', headers: { Authorization: 'Basic ' + btoa('amei:amei-pw') }, body: '{}' });
    expect(write.status).toBeGreaterThanOrEqual(400);
    expect(((await write.json()) as { error: string }).error).toBe('forbidden');
    // An agent still on the shop database gets a problem and keeps its data.
    const stale = newDb();
    const refused = await runSyncPass(stale, { ...ownAgent('amei'), ownDatabase: false, shops: [SHOP] }, amei, options);
    expect(['unauthorized', 'forbidden']).toContain(refused.problem?.code);
  }, 60_000);

  it('a pass without changes writes nothing to the agent databases; a new capture reaches 阿美 on the next pass', async () => {
    const seqBefore = (await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body.update_seq;
    expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
    expect((await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body.update_seq).toEqual(seqBefore);

    await captureDay(managerDb, '2026-11-21', 99);
    expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
    // Only what changed is written: the day's capture of team A, 阿美's month and team A's 均值 month (the
    // stand-in numbers its changes 1, 2, 3 …; the schemes, the profile and the day before stay as they were).
    expect(Number((await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body.update_seq) - Number(seqBefore)).toBe(3);
    const agentDb = ameiDb;
    expect((await runSyncPass(agentDb, ownAgent('amei'), amei, options)).problem).toBeNull();
    expect((await held(agentDb)).rows).toEqual([`A ${AMEI} 2026-11-20`, `A ${AMEI} 2026-11-21`, 'A 均值 2026-11-20', 'A 均值 2026-11-21'].sort());
    const day21 = (await allStoredValues(agentDb)).filter((v) => v.periodStart === '2026-11-21').map((v) => [v.label, v.value]);
    expect(day21.sort()).toEqual([['均值', 89.5], [AMEI, 99]]);
  }, 60_000);

  it('a second manager’s browser fills the same databases without conflicts, and its scheme edit reaches 阿美', async () => {
    const second = freshDatabase();
    try {
      const settings2 = { ...manager(), username: 'boss2' };
      expect((await runSyncPass(second, settings2, { username: 'boss2', password: 'boss2-pw' }, options)).problem).toBeNull();
      const scheme = (await second.schemes.get('presale'))!;
      expect(scheme.name).toBe('店长的方案');
      expect((await saveScheme(second, { ...scheme, name: '二店长改过的方案' })).ok).toBe(true);
      expect((await runSyncPass(second, settings2, { username: 'boss2', password: 'boss2-pw' }, options)).problem).toBeNull();
      // The first manager pulls the edit and fills again: the same content, nothing new, nothing in conflict.
      expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
      const docs = await fetch(`${server.url}/${agentDatabaseName('amei')}/_all_docs?include_docs=true&conflicts=true`, { headers: { Authorization: 'Basic ' + btoa('admin:admin-pw') } });
      const rows = ((await docs.json()) as { rows: { id: string; doc: { _conflicts?: string[] } }[] }).rows;
      expect(rows.filter((r) => r.doc._conflicts?.length).map((r) => r.id)).toEqual([]);
      expect((await runSyncPass(ameiDb, ownAgent('amei'), amei, options)).problem).toBeNull();
      expect((await held(ameiDb)).schemes).toContain('二店长改过的方案');
    } finally {
      second.close();
      await second.delete();
    }
  }, 60_000);

  it('removing a mapping stops filling that database; --drop-own empties and locks it, and the manager’s pass still completes', async () => {
    // The mapping document alone taken away (by hand): 阿波's database keeps what it had and gets nothing new.
    const id = `${shopDatabaseName(SHOP)}/${encodeURIComponent('agentdb:abo')}`;
    const doc = (await status(id, 'admin', 'admin-pw')).body as { _rev?: string };
    expect((await fetch(`${server.url}/${id}?rev=${doc._rev}`, { method: 'DELETE', headers: { Authorization: 'Basic ' + btoa('admin:admin-pw') } })).status).toBe(200);
    const before = (await status(agentDatabaseName('abo'), 'admin', 'admin-pw')).body;
    await captureDay(managerDb, '2026-11-22', 97);
    expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
    const after = (await status(agentDatabaseName('abo'), 'admin', 'admin-pw')).body;
    expect(after.update_seq).toEqual(before.update_seq);
    expect(after.doc_count).toBe(before.doc_count);
    // 阿美's still is filled.
    const agentDb = ameiDb;
    expect((await runSyncPass(agentDb, ownAgent('amei'), amei, options)).problem).toBeNull();
    expect((await held(agentDb)).rows).toContain(`A ${AMEI} 2026-11-22`);

    await setup({ url: adminUrl, dropOwn: ['amei'], log: () => {} });
    const emptied = (await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body;
    expect(emptied.doc_count).toBe(1); // the validation only
    expect((await status(agentDatabaseName('amei'), 'amei', 'amei-pw')).status).toBeOneOf([401, 403]);
    expect((await status(`${shopDatabaseName(SHOP)}/agentdb%3Aamei`, 'admin', 'admin-pw')).status).toBe(404);
    await captureDay(managerDb, '2026-11-23', 95);
    expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
    expect((await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body.update_seq).toEqual(emptied.update_seq);
    // 阿美's browser is told it may not read, and keeps what it has.
    const kept = await held(ameiDb);
    expect(['unauthorized', 'forbidden']).toContain((await runSyncPass(ameiDb, ownAgent('amei'), amei, options)).problem?.code);
    expect(await held(ameiDb)).toEqual(kept);
    // The shop stays private after the last mapping went: a later plain setup does not open it again.
    await setup({ url: adminUrl, shops: [SHOP], log: () => {} });
    expect((await status(shopDatabaseName(SHOP), 'amei', 'amei-pw')).status).toBeOneOf([401, 403]);
  }, 90_000);

  it('re-adding the mapping fills the database again, and the agent’s browser gets everything', async () => {
    await setup({ url: adminUrl, own: [`amei=${AMEI}`], log: () => {} });
    expect((await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body.doc_count).toBe(1); // the validation only
    expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
    // Design document, 4 captures, 阿美's and 均值's month, the scheme, 阿美's profile.
    expect((await status(agentDatabaseName('amei'), 'admin', 'admin-pw')).body.doc_count).toBe(9);
    expect((await runSyncPass(ameiDb, ownAgent('amei'), amei, options)).problem).toBeNull();
    expect((await held(ameiDb)).rows.filter((r) => r.includes(AMEI))).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map((d) => `A ${AMEI} ${d}`));
  }, 60_000);

  it('an agent database deleted on the server: the shop still syncs, the problem names the account, setup brings it back', async () => {
    const captureIds = async (database: string) =>
      (await status(`${database}/_all_docs`, 'admin', 'admin-pw')).body.rows.map((r) => r.id).filter((id) => id.startsWith('capture:'));
    const shopBefore = await captureIds(shopDatabaseName(SHOP));
    const gone = await fetch(`${server.url}/${agentDatabaseName('amei')}`, { method: 'DELETE', headers: { Authorization: server.adminAuth } });
    expect(gone.status).toBe(200);
    await captureDay(managerDb, '2026-11-24', 94);
    const pass = await runSyncPass(managerDb, manager(), boss, options);
    expect(pass.problem).toMatchObject({ code: 'not_found', shop: SHOP, agentAccount: 'amei' });
    expect(pass.problem?.detail).toContain(agentDatabaseName('amei'));
    // The day reached the shop database all the same.
    expect(pass.pushed).toBeGreaterThan(0);
    expect(pass.pending).toBe(0);
    expect((await captureIds(shopDatabaseName(SHOP))).length).toBe(shopBefore.length + 2); // the day's two tables

    // Created again by setup: the next pass fills it with everything, the new day too.
    await setup({ url: adminUrl, own: [`amei=${AMEI}`], log: () => {} });
    expect((await runSyncPass(managerDb, manager(), boss, options)).problem).toBeNull();
    expect(await captureIds(agentDatabaseName('amei'))).toHaveLength(5); // 阿美 is in team A only
    // 阿美's browser had synced with the deleted database: it compares everything once and gets the new day.
    expect((await runSyncPass(ameiDb, ownAgent('amei'), amei, options)).problem).toBeNull();
    expect((await held(ameiDb)).rows.filter((r) => r.includes(AMEI)).at(-1)).toBe(`A ${AMEI} 2026-11-24`);
  }, 60_000);
});
