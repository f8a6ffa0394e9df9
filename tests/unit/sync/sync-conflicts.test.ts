import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { AgentProfile } from '../../../lib/analysis';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { writeCapture } from '../../../lib/db/write-capture';
import type { SyncSettings } from '../../../lib/sync';
import { runSyncPass } from '../../../lib/sync/run-sync-pass';
import { shopDatabaseName } from '../../../lib/sync/shop-database';
import { startSyncServer, type SyncServer } from '../../support/sync-server';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { localSnapshot } from './local-snapshot';
import { MemoryPouch } from './memory-pouch';

const newDb = freshDatabasesPerTest();
const SHOP = '旗舰店';
const options = { pouch: MemoryPouch, mirrorAdapter: 'memory' };
let server: SyncServer;

beforeAll(async () => {
  server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw', 'deputy:deputy-pw'], agents: ['amei:amei-pw'] });
}, 30_000);
afterAll(async () => server?.stop());

const as = (username: string, role: 'manager' | 'agent' = 'manager') => ({
  settings: { enabled: true, serverUrl: server.url, username, role, shops: [SHOP] } satisfies SyncSettings,
  credentials: { username, password: `${username}-pw` },
});
const pass = (db: ReturnType<typeof newDb>, who: string, at: string, role: 'manager' | 'agent' = 'manager') => {
  const { settings, credentials } = as(who, role);
  return runSyncPass(db, settings, credentials, { ...options, now: () => new Date(at) });
};

/** The server's copy of a document, with its open conflicts, read as an admin. */
async function serverDoc(id: string): Promise<{ _rev: string; _conflicts?: string[]; [k: string]: unknown }> {
  const res = await fetch(`${server.url}/${shopDatabaseName(SHOP)}/${encodeURIComponent(id)}?conflicts=true`, { headers: { Authorization: server.adminAuth } });
  expect(res.status).toBe(200);
  return (await res.json()) as { _rev: string; _conflicts?: string[] };
}

describe('two managers edit the same scheme and profile offline', () => {
  it('both end with CouchDB’s winner, the losing edit is reported once with its content, and the server keeps no conflict', async () => {
    const boss = newDb();
    const deputy = newDb();
    await writeCapture(boss, makeCapture(), new Date('2026-11-21T02:00:00Z'));
    const scheme = { ...presetScheme('presale'), name: '十一月方案' };
    expect((await saveScheme(boss, scheme)).ok).toBe(true);
    const profile: AgentProfile = { key: `${SHOP}:小美`, displayName: '小美', aliases: [], isMe: false };
    expect((await saveProfile(boss, profile)).ok).toBe(true);
    expect((await pass(boss, 'boss', '2026-11-21T03:00:00Z')).problem).toBeNull();
    expect((await pass(deputy, 'deputy', '2026-11-21T03:01:00Z')).problem).toBeNull();
    expect((await localSnapshot(deputy)).schemes).toEqual((await localSnapshot(boss)).schemes);

    // Offline, each edits the same scheme and the same profile differently.
    const bossScheme = { ...scheme, name: '店长改的方案' };
    const deputyScheme = { ...scheme, name: '副店长改的方案' };
    expect((await saveScheme(boss, bossScheme)).ok).toBe(true);
    expect((await saveScheme(deputy, deputyScheme)).ok).toBe(true);
    expect((await saveProfile(boss, { ...profile, displayName: '美美' })).ok).toBe(true);
    expect((await saveProfile(deputy, { ...profile, displayName: '小美美', aliases: [`${SHOP}:美`] })).ok).toBe(true);

    const bossPass = await pass(boss, 'boss', '2026-11-22T08:00:00Z');
    expect(bossPass).toMatchObject({ problem: null, conflicts: [] }); // first to the server: nothing to lose yet
    const deputyPass = await pass(deputy, 'deputy', '2026-11-22T09:00:00Z');
    expect(deputyPass.problem).toBeNull();
    const bossAfter = await pass(boss, 'boss', '2026-11-22T10:00:00Z');
    expect(bossAfter.problem).toBeNull();

    // Both hold the same winner: one of the two edits, CouchDB's choice.
    const [b, d] = [await localSnapshot(boss), await localSnapshot(deputy)];
    expect(d.schemes).toEqual(b.schemes);
    expect(d.profiles).toEqual(b.profiles);
    const winningName = b.schemes.find((s) => s.role === 'presale')!.name;
    expect(['店长改的方案', '副店长改的方案']).toContain(winningName);
    const winningProfile = b.profiles.find((p) => p.key === profile.key)!;
    expect(['美美', '小美美']).toContain(winningProfile.displayName);
    const server1 = await serverDoc('scheme:presale');
    expect((server1.scheme as { name: string }).name).toBe(winningName);

    // The losing edits are reported once, with when they were made and what they held.
    const reported = [...bossPass.conflicts, ...deputyPass.conflicts, ...bossAfter.conflicts];
    const lostScheme = winningName === '店长改的方案' ? deputyScheme : bossScheme;
    const lostSchemeAt = winningName === '店长改的方案' ? '2026-11-22T09:00:00.000Z' : '2026-11-22T08:00:00.000Z';
    const schemeConflicts = reported.filter((c) => c.id === 'scheme:presale');
    expect(schemeConflicts).toEqual([{ id: 'scheme:presale', kind: 'scheme', lostEditAt: lostSchemeAt, lost: lostScheme }]);
    const lostName = winningProfile.displayName === '美美' ? '小美美' : '美美';
    const profileConflicts = reported.filter((c) => c.id === `profile:${profile.key}`);
    expect(profileConflicts).toHaveLength(1);
    expect(profileConflicts[0]).toMatchObject({ kind: 'profile', lost: { key: profile.key, displayName: lostName } });

    // Resolved on the server: no open conflict there, none reported by any later pass.
    expect((await serverDoc('scheme:presale'))._conflicts).toBeUndefined();
    expect((await serverDoc(`profile:${profile.key}`))._conflicts).toBeUndefined();
    for (const [db, who] of [[boss, 'boss'], [deputy, 'deputy']] as const) {
      const again = await pass(db, who, '2026-11-22T11:00:00Z');
      expect(again).toMatchObject({ problem: null, conflicts: [] });
    }
    // An agent pulling afterwards gets the winner and no conflict.
    const agent = newDb();
    const agentPass = await pass(agent, 'amei', '2026-11-22T12:00:00Z', 'agent');
    expect(agentPass).toMatchObject({ problem: null, conflicts: [] });
    expect((await localSnapshot(agent)).schemes.find((s) => s.role === 'presale')?.name).toBe(winningName);
  }, 60_000);
});
