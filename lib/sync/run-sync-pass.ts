import type { KefuDatabase } from '../db';
import { agentDatabaseName } from './agent-database';
import { applyMirrorToLocal } from './bridge-in';
import { pushLocalToMirror } from './bridge-out';
import { fillAgentDatabases } from './fill-agent-databases';
import { readBridgeState, writeBridgeState } from './bridge-state';
import type { PouchDatabase, PouchStatic, ReplicationResult } from './pouch-types';
import { quietProgressInfo } from './quiet-progress-info';
import { readServerMark, serverStartedOver } from './server-mark';
import { shopDatabaseName } from './shop-database';
import type { SyncConflict, SyncPassResult, SyncProblem, SyncSettings } from './sync-contract';
import { problemOfError } from './sync-problem';
import { DOC_PREFIX } from './sync-documents';

/**
 * One sync pass (issue 13). Continuous replication dies when Chrome stops the service worker, so the
 * background runs passes: each shop has a local PouchDB (the mirror) that replicates one-shot with
 * `${serverUrl}/${shop database}`, and a bridge between Dexie (the app's store) and the mirror.
 *
 *   1. finish what a stopped pass left: the mirror's changes not yet in Dexie are applied;
 *   2. manager: local records that differ from the mirror are written into it (bridge-out);
 *   3. manager: mirror → server (PouchDB checkpoints in the mirror: a stopped push resumes);
 *   4. server → mirror (checkpoints in the mirror only: an agent may not write to the server);
 *   5. the mirror's new changes → Dexie (bridge-in), the applied seq saved per batch.
 *
 * Every step is idempotent, so a pass stopped anywhere (server down, worker stopped) is completed by the
 * next one with nothing lost or duplicated. Agents skip 2 and 3. After 5, a manager fills the own databases of
 * the shop's agents who may see only their own numbers (fill-agent-databases.ts); an agent with its own
 * database (settings.ownDatabase) pulls that one instead of the shops'. A failure stops the pass with a
 * SyncProblem; Dexie keeps everything it had. Before 3, the server's database is checked against the one the
 * last pass saw (server-mark.ts): one deleted and set up again, or restored from a backup, is compared in full.
 */

export interface SyncCredentials {
  username: string;
  password: string;
}

export interface SyncPassOptions {
  /** PouchDB (tests: with the memory adapter); default pouchdb-browser, loaded on first use. */
  pouch?: PouchStatic;
  /** The mirror's adapter (tests: 'memory'); default PouchDB's IndexedDB adapter. */
  mirrorAdapter?: string;
  now?: () => Date;
  /** Mirror changes applied to Dexie per transaction. */
  batchSize?: number;
  /** Called between steps (tests stop the server there). */
  onStep?: (step: 'apply-pending' | 'push-local' | 'replicate-up' | 'replicate-down' | 'apply-pulled' | 'fill-agents', shop: string) => Promise<void> | void;
}

let loadedPouch: Promise<PouchStatic> | undefined;

async function defaultPouch(): Promise<PouchStatic> {
  loadedPouch ??= import('pouchdb-browser').then((m) => (m as unknown as { default: PouchStatic }).default);
  return loadedPouch;
}

/**
 * The mirror of one shop on one server, under one account: switching server or account starts a fresh mirror.
 * The server address is percent-encoded: PouchDB reads any name holding `scheme://` as a remote database
 * (its unanchored /([a-z-]*):\/\/(.*)/), so a plain `http://` inside made the "mirror" an HTTP database
 * at a nonsense address in the extension, and every pass failed with "Failed to fetch".
 */
export function mirrorName(settings: Pick<SyncSettings, 'serverUrl' | 'username'>, shop: string): string {
  return mirrorOfDatabase(settings, shopDatabaseName(shop));
}

function mirrorOfDatabase(settings: Pick<SyncSettings, 'serverUrl' | 'username'>, database: string, kind: 'mirror' | 'fill' = 'mirror'): string {
  return `kefu-sync-${kind}|${encodeURIComponent(settings.serverUrl.replace(/\/+$/, ''))}|${encodeURIComponent(settings.username)}|${database}`;
}

/** PouchDB's IndexedDB adapter in the extension, named rather than left to PouchDB's guess. */
const MIRROR_ADAPTER = 'idb';

/** Basic auth on every request PouchDB makes: no session to expire while the worker sleeps; TLS protects it. */
function authorizedFetch(pouch: PouchStatic, credentials: SyncCredentials): (url: string | Request, init?: RequestInit) => Promise<Response> {
  const header = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(`${credentials.username}:${credentials.password}`)));
  return (url, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', header);
    return pouch.fetch(url, { ...init, headers, credentials: 'omit' });
  };
}

// One pass per mirror at a time: a second caller waits for the first (a capture and an alarm at once).
const running = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, run: () => Promise<T>): Promise<T> {
  const before = running.get(key) ?? Promise.resolve();
  const next = before.then(run, run);
  running.set(key, next.catch(() => undefined));
  return next;
}

export async function runSyncPass(db: KefuDatabase, settings: SyncSettings, credentials: SyncCredentials | null, options: SyncPassOptions = {}): Promise<SyncPassResult> {
  const now = options.now ?? (() => new Date());
  const result: SyncPassResult = { at: '', pushed: 0, pulled: 0, pending: 0, conflicts: [], problem: null, skipped: [] };
  const finish = (problem: SyncProblem | null): SyncPassResult => ({ ...result, problem, at: now().toISOString() });
  if (!credentials || credentials.password === '') return finish({ code: 'no_password' });
  const pouch = options.pouch ?? (await defaultPouch());
  // An agent with its own database pulls that one only (named by the account; no shop to name in problems).
  const own = settings.role === 'agent' && settings.ownDatabase === true;
  for (const [index, shop] of (own ? [settings.username] : settings.shops).entries()) {
    let dbName: string;
    try {
      dbName = own ? agentDatabaseName(shop) : shopDatabaseName(shop);
    } catch (error) {
      return finish({ code: 'not_found', detail: String(error), shop });
    }
    const shopResult = await serialized(mirrorOfDatabase(settings, dbName), () => passOfShop(db, settings, credentials, pouch, own ? '' : shop, dbName, index === 0, options, now));
    result.pushed += shopResult.pushed;
    result.pulled += shopResult.pulled;
    result.pending += shopResult.pending;
    result.conflicts.push(...shopResult.conflicts);
    result.skipped!.push(...shopResult.skipped);
    if (shopResult.problem) return finish(shopResult.problem);
  }
  return finish(null);
}

interface ShopPass {
  pushed: number;
  pulled: number;
  pending: number;
  conflicts: SyncConflict[];
  skipped: { id: string; reason: string }[];
  problem: SyncProblem | null;
}

async function passOfShop(
  db: KefuDatabase,
  settings: SyncSettings,
  credentials: SyncCredentials,
  pouch: PouchStatic,
  shop: string,
  dbName: string,
  takeSchemes: boolean,
  options: SyncPassOptions,
  now: () => Date,
): Promise<ShopPass> {
  const out: ShopPass = { pushed: 0, pulled: 0, pending: 0, conflicts: [], skipped: [], problem: null };
  const manager = settings.role === 'manager';
  // Auto-compaction: a month record is rewritten every day, and each old revision's body would stay.
  // Both ends can be a replication's source, whose info() the replicator calls without handling (quiet-progress-info.ts).
  const local = (name: string) => quietProgressInfo(new pouch(name, { auto_compaction: true, adapter: options.mirrorAdapter ?? MIRROR_ADAPTER }));
  const remoteOf = (name: string) =>
    quietProgressInfo(new pouch(`${settings.serverUrl.replace(/\/+$/, '')}/${name}`, { skip_setup: true, fetch: authorizedFetch(pouch, credentials) }));
  const mirror = local(mirrorOfDatabase(settings, dbName));
  const remote = remoteOf(dbName);
  const state = await readBridgeState(mirror);
  const save = () => writeBridgeState(mirror, state);
  const apply = async (): Promise<number> => {
    const applied = await applyMirrorToLocal(db, mirror, state.appliedSeq, {
      takeSchemes,
      resolveConflicts: manager,
      batchSize: options.batchSize ?? 200,
      saveSeq: async (seq) => {
        state.appliedSeq = seq;
        await save();
      },
    });
    out.conflicts.push(...applied.conflicts);
    out.skipped.push(...applied.skipped);
    return applied.resolved;
  };
  try {
    await options.onStep?.('apply-pending', shop);
    if (await localEmptiedUnder(db, mirror, state.appliedSeq)) state.appliedSeq = 0;
    await apply();
    const server = await readServerMark(remote);
    // A database deleted and set up again, or restored from a backup: both ways compare everything once.
    const since = serverStartedOver(state.server, server) ? 0 : undefined;
    if (manager) {
      await options.onStep?.('push-local', shop);
      const { written, mark } = await pushLocalToMirror(db, mirror, shop, now(), new Set(state.refused), state.pushed ?? null);
      state.pushed = mark;
      state.unpushed = [...new Set([...state.unpushed, ...written])];
      state.refused = [];
      // Our own writes need not come back into Dexie: they came from it.
      if (written.length > 0) state.appliedSeq = (await mirror.info()).update_seq;
      await save();
      await options.onStep?.('replicate-up', shop);
      const up = await replicate(pouch, mirror, remote, 'source', since);
      out.pushed = up.docs_written;
      const refused = up.errors.filter((e) => e.error === 'forbidden' || e.name === 'forbidden').map((e) => e.id).filter((id): id is string => id !== undefined);
      if (up.doc_write_failures > 0) {
        state.refused = refused.length > 0 ? refused : [...state.unpushed];
        out.pending = state.unpushed.length;
        await save();
        const first = up.errors[0];
        return { ...out, problem: problemOfError(first ?? { status: 500, message: 'server refused documents' }, shop) };
      }
      state.unpushed = [];
      await save();
    }
    await options.onStep?.('replicate-down', shop);
    const down = await replicate(pouch, remote, mirror, 'target', since);
    out.pulled = down.docs_written;
    state.server = server;
    await save();
    await options.onStep?.('apply-pulled', shop);
    const conflicts = await apply();
    if (manager) {
      // A manager resolves the conflicts it reported at once on the server too, so no other browser
      // reports them again (a pass stopped before this resolves them on its next replicate-up).
      if (conflicts > 0) await replicate(pouch, mirror, remote, 'source');
      await options.onStep?.('fill-agents', shop);
      const filled = await fillAgentDatabases(mirror, shop, { localOf: (name) => local(mirrorOfDatabase(settings, name, 'fill')), remoteOf, replicate: (from, to) => replicate(pouch, from, to) });
      out.skipped.push(...filled.skipped);
      if (filled.problem) return { ...out, problem: filled.problem };
    }
    return out;
  } catch (error) {
    out.pending = state.unpushed.length;
    return { ...out, problem: problemOfError(error, shop) };
  } finally {
    await Promise.allSettled([mirror.close(), remote.close()]);
  }
}

/**
 * 清空全部数据 (or a browser's data deleted another way) under a mirror that had been applied: the mirror's
 * position says Dexie holds it all, so without this the team's data would never come back. The server and
 * the mirror are untouched by a local wipe; the mirror is applied from its start again.
 */
async function localEmptiedUnder(db: KefuDatabase, mirror: PouchDatabase, appliedSeq: number | string): Promise<boolean> {
  if (String(appliedSeq) === '0' || (await db.captures.count()) > 0) return false;
  const { rows } = await mirror.allDocs({ startkey: DOC_PREFIX.capture, endkey: DOC_PREFIX.capture + '\uffff', limit: 1 });
  return rows.length > 0;
}

/**
 * One-shot replication that fails on an unanswered request instead of retrying forever. PouchDB reports
 * a refused document in the result (doc_write_failures), and a refused database or account by throwing.
 */
async function replicate(pouch: PouchStatic, source: PouchDatabase, target: PouchDatabase, checkpoint?: 'source' | 'target', since?: number): Promise<ReplicationResult> {
  const result = await pouch.replicate(source, target, { ...(checkpoint ? { checkpoint } : {}), ...(since !== undefined ? { since } : {}), batch_size: 500, batches_limit: 4, retry: false });
  if (!result.ok && result.doc_write_failures === 0) throw Object.assign(new Error('replication did not complete'), { status: 500 });
  return result;
}
