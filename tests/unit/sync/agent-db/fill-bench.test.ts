import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, bigCapture, freshDatabase } from '../../db/make-capture';
import { writeCapture } from '../../../../lib/db/write-capture';
import { allStoredValues } from '../../../../lib/db/value-store';
import type { SyncSettings } from '../../../../lib/sync';
import { runSyncPass } from '../../../../lib/sync/run-sync-pass';
import type { PouchStatic } from '../../../../lib/sync/pouch-types';
import { startSyncServer, type SyncServer } from '../../../support/sync-server';

// Figures, not a check (BENCH_AGENT_DB=1 npx vitest run tests/unit/sync/agent-db/fill-bench.test.ts): a
// manager's fill of 50 agents' own databases with a year of one 50-agent table, in node (mirrors on
// PouchDB's memory adapter, Dexie on fake-indexeddb, the stand-in on localhost), then a day's increment.
(globalThis as { self?: unknown }).self ??= globalThis;
const PouchDB = (await import('pouchdb-browser')).default as unknown as PouchStatic & { plugin(p: unknown): void };
// @ts-expect-error pouchdb-adapter-memory ships no types
PouchDB.plugin((await import('pouchdb-adapter-memory')).default);

const AGENTS = 50;
const DAYS = Number(process.env.BENCH_DAYS ?? 365);
const SHOP = '旗舰店';
const account = (a: number) => `kf${String(a).padStart(3, '0')}`;
const label = (a: number) => `${SHOP}:客服${String(a).padStart(3, '0')}`;
let server: SyncServer;

describe.skipIf(!process.env.BENCH_AGENT_DB)('fill bench', () => {
  beforeAll(async () => {
    const own = Array.from({ length: AGENTS }, (_, a) => `${account(a)}=${label(a)}`);
    server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw'], agents: Array.from({ length: AGENTS }, (_, a) => `${account(a)}:pw`), own });
  }, 120_000);
  afterAll(async () => server?.stop());

  it('50 agents, a year, then a day', async () => {
    const options = { pouch: PouchDB, mirrorAdapter: 'memory' };
    const settings: SyncSettings = { enabled: true, serverUrl: server.url, username: 'boss', role: 'manager', shops: [SHOP] };
    const boss = { username: 'boss', password: 'boss-pw' };
    const db = freshDatabase();
    const first = '2025-11-24';
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(first, d);
      await writeCapture(db, bigCapture(day, AGENTS, 10), new Date(`${day}T23:00:00Z`));
    }
    const timed = async (what: string) => {
      let fillAt = 0;
      const t0 = performance.now();
      const r = await runSyncPass(db, settings, boss, { ...options, onStep: (step) => void (step === 'fill-agents' && (fillAt = performance.now())) });
      const end = performance.now();
      expect(r.problem).toBeNull();
      console.log(`${what}: pass ${Math.round(end - t0)} ms, of which the fill ${Math.round(end - fillAt)} ms (pushed ${r.pushed})`);
    };
    await timed(`first (${DAYS} days, ${AGENTS} agents)`);
    await timed('no change');
    const next = addDays(first, DAYS);
    await writeCapture(db, bigCapture(next, AGENTS, 10), new Date(`${next}T23:00:00Z`));
    await timed('a day more');

    const agentDb = freshDatabase();
    const t0 = performance.now();
    const pulled = await runSyncPass(agentDb, { enabled: true, serverUrl: server.url, username: account(7), role: 'agent', shops: [], ownDatabase: true }, { username: account(7), password: 'pw' }, options);
    expect(pulled.problem).toBeNull();
    const labels = new Set((await allStoredValues(agentDb)).map((v) => v.label));
    console.log(`agent ${account(7)} first pull of its own database: ${Math.round(performance.now() - t0)} ms, ${pulled.pulled} documents, labels ${[...labels].join(' ')}`);
    expect([...labels]).toEqual([label(7)]);
  }, 1_800_000);
});
