import { agentShareOf } from './agent-share';
import { type AgentMapping, parseAgentMapping } from './agent-mapping';
import { AGENT_MAPPING_PREFIX } from './agent-database';
import type { PouchDatabase, PouchDoc, ReplicationResult } from './pouch-types';
import { shopOfLabel } from './shop-database';
import type { SyncProblem } from './sync-contract';
import { stableJson } from './stable-json';
import { expectedId, kindOfDocId, parseSharedDoc, type SharedDoc } from './sync-documents';
import { problemOfError } from './sync-problem';

/**
 * The manager's side of per-agent databases (issue 13): after the shop's pass, each account mapped in the
 * shop's database (`agentdb:<account>`, agent-mapping.ts) gets what agent-share.ts chooses for it.
 *
 * Not a filtered replication from the shop's mirror: the choice of benchmark rows depends on the whole set
 * (a benchmark joins when the agent's record of its table and month does, whichever came first), and the
 * captures are written with other agents' warnings left out, so a filter on single documents with a
 * checkpoint cannot express it. Each account has a small local copy instead (the fill copy): its database is
 * pulled into it (the winners of other managers' fills are written on, losing revisions deleted), the
 * chosen documents that differ are written, and the copy is pushed one-shot with PouchDB's checkpoints. A
 * pass stopped anywhere is completed by the next; nothing is written twice. When the shop's mirror has not
 * changed since the last complete fill (and no mapping did), nothing is read at all.
 */

export interface FillDeps {
  /** The account's database on the server, logged in like the shop's. */
  remoteOf(database: string): PouchDatabase;
  /** The fill copy of the account's database in this browser. */
  localOf(database: string): PouchDatabase;
  replicate(source: PouchDatabase, target: PouchDatabase): Promise<ReplicationResult>;
}

export interface FillResult {
  /** Accounts whose database was brought up to date in this pass. */
  agents: number;
  /** Documents written to the fill copies (then pushed). */
  written: number;
  skipped: { id: string; reason: string }[];
  /** The first account that failed (its shop named); the others were still filled. */
  problem: SyncProblem | null;
}

const SHOP_STATE_ID = '_local/kefu-agent-fill';
const FILLS_AT_ONCE = 6;
const COPY_STATE_ID = '_local/kefu-agent-copy';

interface ShopFillState {
  seq: number | string;
  /** Each account's mapping revision at the last complete fill. */
  revs: Record<string, string>;
}

interface CopyState {
  /** The mapping revision last pushed completely: a new one (database re-created) pushes again. */
  mappingRev: string;
  /** Written locally, not yet pushed completely. */
  pending: boolean;
  /**
   * The account database's update_seq after this browser's last pull or push: unchanged means no one else
   * (another manager, sync:setup) wrote since, and the pull is skipped (one request instead of a replication).
   */
  remoteSeq?: number | string;
}

export async function fillAgentDatabases(shopMirror: PouchDatabase, shop: string, deps: FillDeps): Promise<FillResult> {
  const result: FillResult = { agents: 0, written: 0, skipped: [], problem: null };
  const seq = (await shopMirror.info()).update_seq;
  const mappings = await readMappings(shopMirror, shop, result);
  const revs = Object.fromEntries(mappings.map((m) => [m.account, m.rev]));
  const state = await readLocal<ShopFillState>(shopMirror, SHOP_STATE_ID);
  if (state && state.seq === seq && JSON.stringify(state.revs) === JSON.stringify(revs)) return result;

  const shopDocs = mappings.length > 0 ? await readSharedDocs(shopMirror) : [];
  // A few accounts at a time: each fill is a handful of round trips that mostly wait on the server.
  const queue = [...mappings];
  const worker = async () => {
    for (let mapping = queue.shift(); mapping; mapping = queue.shift()) {
      try {
        result.written += await fillOne(mapping, shop, shopDocs, deps);
        result.agents++;
      } catch (error) {
        result.problem ??= { ...problemOfError(error, shop), agentAccount: mapping.account, detail: `${mapping.database}: ${problemOfError(error).detail ?? ''}` };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILLS_AT_ONCE, mappings.length) }, worker));
  if (!result.problem) await writeLocal(shopMirror, SHOP_STATE_ID, { seq, revs } satisfies ShopFillState);
  return result;
}

async function readMappings(shopMirror: PouchDatabase, shop: string, result: FillResult): Promise<AgentMapping[]> {
  const { rows } = await shopMirror.allDocs({ startkey: AGENT_MAPPING_PREFIX, endkey: AGENT_MAPPING_PREFIX + '\uffff', include_docs: true });
  const out: AgentMapping[] = [];
  for (const row of rows) {
    if (!row.doc || row.value?.deleted) continue;
    const parsed = parseAgentMapping(row.doc, shop);
    if (parsed.ok) out.push(parsed.mapping);
    else result.skipped.push({ id: parsed.id, reason: parsed.reason });
  }
  return out;
}

/** Every shared document of the shop's mirror, checked as a pull checks it (one read for all accounts). */
async function readSharedDocs(shopMirror: PouchDatabase): Promise<SharedDoc[]> {
  const { rows } = await shopMirror.allDocs({ include_docs: true });
  const out: SharedDoc[] = [];
  for (const row of rows) {
    if (!row.doc || kindOfDocId(row.key) === null) continue;
    const parsed = parseSharedDoc(row.doc);
    if (parsed.ok) out.push(parsed.doc);
  }
  return out;
}

async function fillOne(mapping: AgentMapping, shop: string, shopDocs: readonly SharedDoc[], deps: FillDeps): Promise<number> {
  const local = deps.localOf(mapping.database);
  const remote = deps.remoteOf(mapping.database);
  try {
    const copy = (await readLocal<CopyState>(local, COPY_STATE_ID)) ?? { mappingRev: '', pending: false };
    let remoteSeq = (await remote.info()).update_seq;
    const pulled = copy.remoteSeq === undefined || String(copy.remoteSeq) !== String(remoteSeq);
    if (pulled) await must(await deps.replicate(remote, local));
    const written = await writeShare(local, agentShareOf(shopDocs, mapping.labels), shop);
    const push = written > 0 || copy.pending || copy.mappingRev !== mapping.rev;
    if (push) {
      await writeLocal(local, COPY_STATE_ID, { mappingRev: copy.mappingRev, pending: true } satisfies CopyState);
      await must(await deps.replicate(local, remote));
      // Another write landing between the push and this read is taken for ours and pulled only with the next
      // change there; ours then sit beside it as a conflict branch that the next pull resolves.
      remoteSeq = (await remote.info()).update_seq;
    }
    if (push || pulled) await writeLocal(local, COPY_STATE_ID, { mappingRev: mapping.rev, pending: false, remoteSeq } satisfies CopyState);
    return written;
  } finally {
    await Promise.allSettled([local.close(), remote.close()]);
  }
}

/** A refused document (a manager without rights on that database) fails the account's fill. */
async function must(result: ReplicationResult): Promise<void> {
  if (result.doc_write_failures > 0) throw result.errors[0] ?? Object.assign(new Error('server refused documents'), { status: 500 });
  if (!result.ok) throw Object.assign(new Error('replication did not complete'), { status: 500 });
}

/**
 * The chosen documents into the fill copy, each written only when it differs from the copy's winner
 * (on top of it); conflicting revisions are deleted (the manager resolves, as in the shop's mirror); this
 * shop's records and profiles no longer chosen (a text taken off the mapping) are deleted.
 */
async function writeShare(local: PouchDatabase, docs: SharedDoc[], shop: string): Promise<number> {
  const wanted = new Map(docs.map((d) => [expectedId(d), d]));
  const { rows } = await local.allDocs({ include_docs: true, conflicts: true });
  const have = new Map(rows.filter((r) => r.doc && !r.key.startsWith('_')).map((r) => [r.key, r.doc!]));
  const losers: PouchDoc[] = [...have].flatMap(([id, stored]) => (stored._conflicts ?? []).map((rev) => ({ _id: id, _rev: rev, _deleted: true })));
  const out: PouchDoc[] = [];
  for (const [id, doc] of wanted) {
    const stored = have.get(id);
    // The copy holds exactly what this code wrote (checked when the shop's document was read): compared as
    // text, not parsed again, as a year of an agent is a few hundred documents per account per fill.
    if (!stored || stableJson(bodyOf(stored)) !== stableJson(doc)) out.push({ ...(doc as unknown as Record<string, unknown>), _id: id, ...(stored?._rev ? { _rev: stored._rev } : {}) });
  }
  for (const [id, stored] of have) if (!wanted.has(id) && ofThisShop(stored, shop)) out.push({ _id: id, _rev: stored._rev!, _deleted: true });
  // Losing revisions first, in their own write: one bulk write must not name a document twice.
  for (const batch of [losers, out]) {
    if (batch.length === 0) continue;
    const failed = (await local.bulkDocs(batch)).find((r) => r.error);
    if (failed) throw new Error(`fill copy refused ${failed.id}: ${failed.reason ?? String(failed.error)}`);
  }
  return losers.length + out.length;
}

function bodyOf(doc: PouchDoc): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) body[key] = value;
  return body;
}

/** An agent's record or profile of this shop (benchmarks and captures may serve another shop's fill too). */
function ofThisShop(doc: PouchDoc, shop: string): boolean {
  const parsed = parseSharedDoc(doc);
  if (!parsed.ok) return false;
  if (parsed.doc.kind === 'values') return shopOfLabel(parsed.doc.label) === shop;
  if (parsed.doc.kind === 'profile') return shopOfLabel(parsed.doc.profile.key) === shop;
  return false;
}

async function readLocal<T>(db: PouchDatabase, id: string): Promise<(T & { _rev?: string }) | null> {
  try {
    return (await db.get(id)) as unknown as T & { _rev?: string };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

async function writeLocal(db: PouchDatabase, id: string, body: object): Promise<void> {
  const current = await readLocal<object>(db, id);
  await db.put({ ...body, _id: id, ...(current?._rev ? { _rev: current._rev } : {}) });
}
