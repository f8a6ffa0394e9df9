import { type KefuDatabase, mergeMonthCells, putPulledMonths, type ValueMonthRecord } from '../db';
import type { AgentProfile, KpiScheme } from '../analysis';
import { isNewer } from '../model';
import type { CaptureRecord } from '../model/schemas';
import type { SyncConflict } from './sync-contract';
import { type CaptureDoc, docToProfile, docToValues, parseSharedDoc, sharedDocOfChange, type ProfileDoc, type SchemeDoc, type SharedDoc, type ValuesDoc, captureDocId, valuesDocId } from './sync-documents';
import { stableJson } from './stable-json';
import type { PouchDatabase, PouchDoc } from './pouch-types';

/**
 * The mirror's changes since the last applied seq into Dexie, merged the way a local write merges:
 * a month record cell by cell (the newer capture's value stays), a capture's log entry found by its
 * table, time and origin or added, a scheme or profile replaced by CouchDB's winner (the profile keeps
 * this browser's "this is me"). Applying a document twice, or one holding what is already here, writes
 * nothing. Design documents and deletions are not applied. Each batch is one Dexie transaction and the
 * seq is saved after it, so a pass stopped midway goes on from the last whole batch.
 */

export interface ApplyOptions {
  /** Schemes come from one shop only (the first synced): the local store has one scheme per role. */
  takeSchemes: boolean;
  /** A manager resolves conflicts (deletes the losing revisions once reported); an agent cannot write. */
  resolveConflicts: boolean;
  batchSize: number;
  saveSeq: (seq: number | string) => Promise<void>;
}

export interface ApplyResult {
  applied: number;
  /** Losing revisions deleted in the mirror (a manager's): replicated up, they resolve the conflict on the server. */
  resolved: number;
  conflicts: SyncConflict[];
  skipped: { id: string; reason: string }[];
}

export async function applyMirrorToLocal(db: KefuDatabase, mirror: PouchDatabase, since: number | string, options: ApplyOptions): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, resolved: 0, conflicts: [], skipped: [] };
  let seq = since;
  for (;;) {
    const batch = await mirror.changes({ since: seq, include_docs: true, conflicts: true, limit: options.batchSize });
    if (batch.results.length === 0) break;
    const docs: { raw: PouchDoc; doc: SharedDoc }[] = [];
    for (const change of batch.results) {
      const parsed = sharedDocOfChange(change);
      if (!parsed.ok) result.skipped.push({ id: change.id, reason: parsed.reason });
      else docs.push({ raw: change.doc!, doc: parsed.doc });
    }
    const losers = await losingRevisions(mirror, docs, result);
    result.applied += await applyDocs(db, mirror, docs, losers, options);
    if (options.resolveConflicts) result.resolved += await deleteLosers(mirror, docs, losers);
    seq = batch.last_seq;
    await options.saveSeq(seq);
  }
  return result;
}

type Losers = Map<string, SharedDoc[]>;

/** The conflicting revisions of each document, parsed; settings' ones are reported as lost edits. */
async function losingRevisions(mirror: PouchDatabase, docs: { raw: PouchDoc; doc: SharedDoc }[], result: ApplyResult): Promise<Losers> {
  const losers: Losers = new Map();
  for (const { raw, doc } of docs) {
    if (!raw._conflicts?.length) continue;
    const list: SharedDoc[] = [];
    for (const rev of raw._conflicts) {
      const parsed = parseSharedDoc(await mirror.get(raw._id, { rev }));
      if (!parsed.ok) continue;
      list.push(parsed.doc);
      if (parsed.doc.kind === 'scheme' || parsed.doc.kind === 'profile') {
        const lost = parsed.doc.kind === 'scheme' ? parsed.doc.scheme : parsed.doc.profile;
        result.conflicts.push({ id: raw._id, kind: doc.kind, lostEditAt: parsed.doc.editedAt, lost });
      }
    }
    losers.set(raw._id, list);
  }
  return losers;
}

async function deleteLosers(mirror: PouchDatabase, docs: { raw: PouchDoc }[], losers: Losers): Promise<number> {
  const deletions = docs.flatMap(({ raw }) => (losers.has(raw._id) ? (raw._conflicts ?? []).map((rev) => ({ _id: raw._id, _rev: rev, _deleted: true })) : []));
  if (deletions.length > 0) await mirror.bulkDocs(deletions);
  return deletions.length;
}

/** Parses a capture document id back into the fields that find its local log entry. */
function captureKeyOf(docId: string): { sourceKey: string; capturedAt: string; origin: string } | null {
  try {
    const [sourceKey, capturedAt, origin] = JSON.parse(docId.slice('capture:'.length)) as unknown[];
    return typeof sourceKey === 'string' && typeof capturedAt === 'string' && typeof origin === 'string' ? { sourceKey, capturedAt, origin } : null;
  } catch {
    return null; // not ours: the caller treats it as a missing capture
  }
}

async function applyDocs(db: KefuDatabase, mirror: PouchDatabase, docs: { doc: SharedDoc }[], losers: Losers, options: ApplyOptions): Promise<number> {
  const captureDocs = docs.map((d) => d.doc).filter((d): d is CaptureDoc => d.kind === 'capture');
  const valueDocs = docs.map((d) => d.doc).filter((d): d is ValuesDoc => d.kind === 'values');
  const schemeDocs = docs.map((d) => d.doc).filter((d): d is SchemeDoc => d.kind === 'scheme');
  const profileDocs = docs.map((d) => d.doc).filter((d): d is ProfileDoc => d.kind === 'profile');
  // Captures a value names that are neither in this batch nor here yet: read from the mirror first
  // (outside the transaction, which must not wait on anything but IndexedDB).
  const named = new Set(valueDocs.flatMap((d) => [d, ...((losers.get(valuesDocId(d)) ?? []) as ValuesDoc[])]).flatMap((d) => d.origins.map((o) => o.capture)));
  for (const c of captureDocs) named.delete(captureDocId(c.capture));
  const extra = named.size > 0 ? await mirror.allDocs({ keys: [...named], include_docs: true }) : { rows: [] };
  for (const row of extra.rows) {
    if (!row.doc) continue;
    const parsed = parseSharedDoc(row.doc);
    if (parsed.ok && parsed.doc.kind === 'capture') captureDocs.push(parsed.doc);
  }

  return db.transaction('rw', [db.captures, db.valueMonths, db.snapshots, db.schemes, db.agents], async () => {
    let changed = 0;
    const localOf = new Map<string, number>();
        for (const c of captureDocs) {
      const docId = captureDocId(c.capture);
      if (localOf.has(docId)) continue;
      const here = await findCapture(db, c.capture);
      let id: number;
      if (!here) {
        id = await db.captures.add(c.capture as CaptureRecord);
        changed++;
      } else {
        id = here.id;
        const { id: _local, ...content } = here;
        if (stableJson(content) !== stableJson(c.capture)) {
          await db.captures.put({ ...(c.capture as Omit<CaptureRecord, 'id'>), id });
          changed++;
        }
      }
      localOf.set(docId, id);
    }
    const localCaptureOf = (docId: string): number => {
      const id = localOf.get(docId);
      if (id === undefined) throw new Error(`sync: capture ${docId} not pulled yet`);
      return id;
    };
    // Captures named by values but found nowhere (not replicated yet): found here by their key.
    for (const docId of named) {
      if (localOf.has(docId)) continue;
      const key = captureKeyOf(docId);
      const here = key ? await findCapture(db, key) : undefined;
      if (here) {
        localOf.set(docId, here.id);
      }
    }

    const newer = (a: ValueMonthRecord['origins'][number], b: ValueMonthRecord['origins'][number]): boolean => isNewer(a, b);
    if (valueDocs.length > 0) {
      const ids = valueDocs.map((d) => docToValues(d, () => 0).id);
      const stored = await db.valueMonths.bulkGet(ids);
      const merged: ValueMonthRecord[] = [];
      valueDocs.forEach((d, i) => {
        const docId = `values:${ids[i]!}`;
        let record = stored[i];
        const before = record ? stableJson(record) : null;
        for (const version of [d, ...((losers.get(docId) ?? []) as ValuesDoc[])]) record = mergeMonthCells(record, docToValues(version, localCaptureOf), newer);
        if (record && stableJson(record) !== before) merged.push(record);
      });
      await putPulledMonths(db, merged);
      changed += merged.length;
    }

    if (options.takeSchemes && schemeDocs.length > 0) {
      const stored = await db.schemes.bulkGet(schemeDocs.map((d) => d.scheme.role));
      const put: KpiScheme[] = schemeDocs.filter((d, i) => stableJson(stored[i]) !== stableJson(d.scheme)).map((d) => d.scheme);
      await db.schemes.bulkPut(put);
      changed += put.length;
    }
    if (profileDocs.length > 0) {
      const stored = await db.agents.bulkGet(profileDocs.map((d) => d.profile.key));
      const put: AgentProfile[] = [];
      profileDocs.forEach((d, i) => {
        const profile = docToProfile(d, stored[i]?.isMe ?? false);
        if (stableJson(stored[i]) !== stableJson(profile)) put.push(profile);
      });
      await db.agents.bulkPut(put);
      changed += put.length;
    }
    return changed;
  });
}

/** A log entry with the same table, time and origin: the same capture, whichever browser made it. */
async function findCapture(db: KefuDatabase, key: { sourceKey: string; capturedAt: string; origin: string }): Promise<(CaptureRecord & { id: number }) | undefined> {
  // Index: captures' capturedAt (a handful of entries share a millisecond at most).
  const same = await db.captures.where('capturedAt').equals(key.capturedAt).toArray();
  return same.find((c) => c.sourceKey === key.sourceKey && c.origin === key.origin) as (CaptureRecord & { id: number }) | undefined;
}
