/**
 * Times team sync (issue 13) in Chromium with the engine's real storage: Dexie on IndexedDB, each mirror
 * on PouchDB's IndexedDB adapter (pouchdb-browser, as the background loads it), against the CouchDB
 * stand-in started by tests/bench/measure-sync.ts. Not the service worker itself: the same code in a page.
 *
 * A manager's browser holds `days` of daily captures for `agents` agents × `metrics` metrics (seeded
 * as month records and capture log entries: the capture path is measured elsewhere) and pushes them; a
 * new agent's browser then syncs for the first time; then, per round, the manager captures one more day,
 * pushes (timed) and the agent pulls (timed). The check: the agent holds every value the manager has.
 */
import { Dexie } from 'dexie';
import { openDatabase, type KefuDatabase } from '../../../lib/db/database';
import { packIntoMonth, monthOf, type ValueMonthRecord } from '../../../lib/db/value-month';
import { valueId, valueMonthId } from '../../../lib/model/keys';
import { METRICS } from '../../../lib/model/metric-catalog';
import type { CaptureRecord, ValueRecord } from '../../../lib/model/schemas/records';
import { runSyncPass } from '../../../lib/sync/run-sync-pass';
import type { SyncSettings } from '../../../lib/sync/sync-contract';

interface Options {
  serverUrl: string;
  shop: string;
  agents: number;
  metrics: number;
  /** Daily periods already captured, oldest first (YYYY-MM-DD). */
  days: string[];
  /** Days captured one after the other after the first sync, each pushed and pulled. */
  nextDays: string[];
  /** Skip the agent (the manager's push alone, for the large team). */
  agentToo: boolean;
}

const TABLE = 'https://sycm.taobao.com/qos/service/frame/team|bench';
const SOURCE = `sycm|${TABLE}`;

function captureOf(day: string, o: Options, ids: string[]): Omit<CaptureRecord, 'id'> {
  return {
    origin: 'capture',
    capturedAt: `${day}T23:00:00.000Z`,
    source: { console: 'sycm', pageUrl: 'https://sycm.taobao.com/qos/service/frame/team', frameUrl: 'https://sycm.taobao.com/qos/service/frame/team', tableKey: TABLE },
    sourceKey: SOURCE,
    period: { start: day, end: day, guessed: false, evidence: `统计时间：${day}` },
    metrics: ids,
    headerTexts: {},
    agentCount: o.agents,
    benchmarkCount: 0,
    valueCount: o.agents * ids.length,
    warnings: [],
  };
}

const label = (shop: string, a: number) => `${shop}:客服${String(a).padStart(4, '0')}`;

/** Captures `days` into the manager's store: one log entry a day, the agents' month records updated. */
async function captureDays(db: KefuDatabase, days: string[], o: Options): Promise<number> {
  const ids = METRICS.slice(0, o.metrics).map((m) => m.id);
  const captureIds = (await db.captures.bulkAdd(days.map((d) => captureOf(d, o, ids)) as CaptureRecord[], { allKeys: true })) as number[];
  let values = 0;
  for (let a = 0; a < o.agents; a++) {
    const byMonth = new Map<string, ValueRecord[]>();
    days.forEach((day, d) => {
      const list = byMonth.get(monthOf(day)) ?? [];
      ids.forEach((metric, m) => {
        const value = (a * 7 + m * 13 + d) % 29 === 0 ? null : ((a * 31 + m * 17 + d * 3) % 1000) / 10;
        list.push({ id: valueId(SOURCE, day, day, label(o.shop, a), metric), sourceKey: SOURCE, console: 'sycm', periodStart: day, periodEnd: day, periodGuessed: false, label: label(o.shop, a), rowKind: 'agent', metric, value, captureId: captureIds[d]!, capturedAt: `${day}T23:00:00.000Z` });
      });
      byMonth.set(monthOf(day), list);
    });
    const keys = [...byMonth.keys()].map((month) => valueMonthId(SOURCE, label(o.shop, a), month));
    const stored = await db.valueMonths.bulkGet(keys);
    const records: ValueMonthRecord[] = [...byMonth.values()].map((list, i) => packIntoMonth(stored[i], list));
    values += [...byMonth.values()].reduce((n, l) => n + l.length, 0);
    await db.valueMonths.bulkPut(records);
  }
  return values;
}

/** Every value as [id, value, capturedAt]: what the agent must hold exactly as the manager does. */
async function valuesOf(db: KefuDatabase): Promise<string> {
  const out: string[] = [];
  for (const r of await db.valueMonths.toArray()) {
    for (const [key, p] of Object.entries(r.periods)) p.metrics.forEach((m, i) => out.push(`${r.id}|${key}|${m}|${p.values[i]}|${r.origins[p.originOf[i]!]!.capturedAt}`));
  }
  return out.sort().join('\n');
}

async function run(o: Options) {
  const stamp = Date.now();
  const managerDb = openDatabase(`kefu-bench-sync-manager-${stamp}`);
  const agentDb = openDatabase(`kefu-bench-sync-agent-${stamp}`);
  // Mirrors are named by server and account: a fresh browser profile and server per run, so fresh mirrors.
  const settings = (username: string, role: SyncSettings['role']): SyncSettings => ({ enabled: true, serverUrl: o.serverUrl, username, role, shops: [o.shop] });
  const manager = settings('boss', 'manager');
  const agent = settings('amei', 'agent');
  const pass = async (db: KefuDatabase, s: SyncSettings) => {
    const t0 = performance.now();
    const result = await runSyncPass(db, s, { username: s.username, password: `${s.username}-pw` });
    if (result.problem) throw new Error(`${s.role} pass failed: ${JSON.stringify(result.problem)}`);
    return { ms: performance.now() - t0, pushed: result.pushed, pulled: result.pulled };
  };
  try {
    const s0 = performance.now();
    const values = await captureDays(managerDb, o.days, o);
    const seedMs = performance.now() - s0;
    const managerFirst = await pass(managerDb, manager);
    const agentFirst = o.agentToo ? await pass(agentDb, agent) : null;
    const daily = [];
    for (const day of o.nextDays) {
      await captureDays(managerDb, [day], o);
      const push = await pass(managerDb, manager);
      const pull = o.agentToo ? await pass(agentDb, agent) : null;
      daily.push({ day, pushMs: push.ms, pushed: push.pushed, pullMs: pull?.ms ?? null, pulled: pull?.pulled ?? null });
    }
    const records = await managerDb.valueMonths.count();
    const check = o.agentToo ? (await valuesOf(agentDb)) === (await valuesOf(managerDb)) && (await agentDb.captures.count()) === (await managerDb.captures.count()) : true;
    return { values, records, seedMs, managerFirst, agentFirst, daily, check };
  } finally {
    managerDb.close();
    agentDb.close();
    await Promise.all([Dexie.delete(managerDb.name), Dexie.delete(agentDb.name)]);
  }
}

Object.assign(window, { kefuBench: { sync: run } });
