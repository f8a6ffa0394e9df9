import type { KefuDatabase, ValueMonthRecord } from '../db';
import { captureDocId, captureToDoc, profileToDoc, type SharedDoc, schemeToDoc, valuesToDoc, expectedId, kindOfDocId } from './sync-documents';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { monthRecordsOfShop } from './shop-share';
import { shopOfLabel } from './shop-database';
import { stableJson } from './stable-json';

/**
 * A manager's local records of one shop into its mirror: shared records are mapped to their documents
 * and compared with the mirror's; only what differs is written (on top of the mirror's revision), so a
 * pass without local changes writes nothing. Captures are written before the values that name them, so
 * the server, and every agent's pull (which replicates in sequence order), has a capture before its values.
 *
 * Which month records are compared: all of them on the first push, and then once a day (`fullEveryMs`),
 * a net under any write this mark cannot see; otherwise only what changed since the last push. Every
 * write of values comes with a capture log entry, and log ids only grow, so the records changed are the
 * ones naming a capture above the last push's mark (the `*captureIds` index), plus the records of a
 * corrected capture (a period correction moves values under the same capture) and the documents the
 * server refused last time. Schemes and profiles are few: always compared.
 */

/** What the last push saw, kept in the bridge state. */
export interface PushMark {
  /** Every capture log id up to this was pushed with its records. */
  captureId: number;
  /**
   * That capture's time: a store deleted and made again numbers its log from 1 while the mirror (its own
   * database) keeps the mark; then the entry under `captureId` is another one (or none) and all is compared.
   */
  captureAt: string | null;
  /** When every record was last compared (ISO). */
  fullAt: string;
}

export interface PushResult {
  /** Document ids written to the mirror. */
  written: string[];
  /** The mark to keep for the next push. */
  mark: PushMark;
  /** Month records compared (a changed-only push compares few). */
  compared: number;
}

export const FULL_PUSH_EVERY_MS = 24 * 3_600_000;

export async function pushLocalToMirror(
  db: KefuDatabase,
  mirror: PouchDatabase,
  shop: string,
  now: Date,
  rewrite: ReadonlySet<string> = new Set(),
  mark: PushMark | null = null,
  fullEveryMs = FULL_PUSH_EVERY_MS,
): Promise<PushResult> {
  const editedAt = now.toISOString();
  const sameStore = mark !== null && (mark.captureId === 0 || (await db.captures.get(mark.captureId))?.capturedAt === mark.captureAt);
  const full = !mark || !sameStore || now.getTime() - Date.parse(mark.fullAt) >= fullEveryMs || !(now.getTime() >= Date.parse(mark.fullAt));
  // Read before the records: a capture stored meanwhile has a higher id and is seen by the next push.
  const last = await db.captures.orderBy(':id').last();
  const [candidates, schemes, profiles] = await Promise.all([full ? db.valueMonths.toArray() : changedMonths(db, mark!.captureId, rewrite), db.schemes.toArray(), db.agents.toArray()]);
  const months = monthRecordsOfShop(candidates, shop);
  const captureIds = [...new Set(months.flatMap((m) => m.origins.map((o) => o.captureId)))];
  const captures = await db.captures.bulkGet(captureIds);
  const docOfCapture = new Map<number, string>();
  const captureDocs: SharedDoc[] = [];
  captures.forEach((c, i) => {
    if (!c) return; // a value whose log entry is gone (pruned): its origin keeps a stand-in name below
    docOfCapture.set(captureIds[i]!, captureDocId(c));
    captureDocs.push(captureToDoc(c));
  });
  const valueDocs: SharedDoc[] = months.map((m) => valuesToDoc(m, (id) => docOfCapture.get(id) ?? captureDocId({ sourceKey: m.sourceKey, capturedAt: m.origins.find((o) => o.captureId === id)!.capturedAt, origin: 'capture' })));
  const settingDocs: SharedDoc[] = [
    ...schemes.map((s) => schemeToDoc(s, editedAt)),
    ...profiles.filter((p) => shopOfLabel(p.key) === shop).map((p) => profileToDoc(p, editedAt)),
  ];
  const written: string[] = [];
  // In order: captures, then what names them.
  for (const group of [captureDocs, valueDocs, settingDocs]) written.push(...(await writeChanged(mirror, group, rewrite)));
  const next: Omit<PushMark, 'fullAt'> = last ? { captureId: last.id, captureAt: last.capturedAt } : { captureId: 0, captureAt: null };
  return { written, compared: months.length, mark: { ...next, fullAt: full ? editedAt : mark!.fullAt } };
}

/** The month records that may differ from the mirror since the mark (see above). */
async function changedMonths(db: KefuDatabase, captureId: number, rewrite: ReadonlySet<string>): Promise<ValueMonthRecord[]> {
  const corrected = (await db.captures.filter((c) => c.correctedFrom !== undefined).primaryKeys()) as number[];
  const refused = [...rewrite].filter((id) => kindOfDocId(id) === 'values').map((id) => id.slice('values:'.length));
  const [fresh, ofCorrected, again] = await Promise.all([
    db.valueMonths.where('captureIds').above(captureId).distinct().toArray(),
    corrected.length > 0 ? db.valueMonths.where('captureIds').anyOf(corrected).distinct().toArray() : [],
    db.valueMonths.bulkGet(refused),
  ]);
  const byId = new Map<string, ValueMonthRecord>();
  for (const r of [...fresh, ...ofCorrected, ...again]) if (r) byId.set(r.id, r);
  return [...byId.values()];
}

/**
 * The mirror's stored document against ours, as JSON: both are the canonical form this module writes,
 * so no schema check is needed to compare (a pulled document is checked where it is applied).
 */
function storedAsIs(stored: PouchDoc, doc: SharedDoc): boolean {
  const { _id: _i, _rev: _r, _conflicts: _c, _revisions: _v, ...body } = stored;
  return stableJson(withoutEditTime(body)) === stableJson(withoutEditTime(doc as unknown as Record<string, unknown>));
}

function withoutEditTime(doc: Record<string, unknown>): unknown {
  if (doc.kind !== 'scheme' && doc.kind !== 'profile') return doc;
  const { editedAt: _t, ...rest } = doc;
  return rest;
}

async function writeChanged(mirror: PouchDatabase, docs: SharedDoc[], rewrite: ReadonlySet<string>): Promise<string[]> {
  if (docs.length === 0) return [];
  const ids = docs.map(expectedId);
  const { rows } = await mirror.allDocs({ keys: ids, include_docs: true });
  const out: PouchDoc[] = [];
  docs.forEach((doc, i) => {
    const row = rows[i];
    const stored = row?.doc && !row.value?.deleted ? row.doc : null;
    if (stored && !rewrite.has(ids[i]!) && storedAsIs(stored, doc)) return;
    out.push({ ...(doc as unknown as Record<string, unknown>), _id: ids[i]!, ...(row?.value?.rev ? { _rev: row.value.rev } : {}) });
  });
  if (out.length === 0) return [];
  const results = await mirror.bulkDocs(out);
  const failed = results.filter((r) => r.error);
  if (failed.length > 0) throw new Error(`mirror refused ${failed.length} writes: ${failed[0]!.id} ${failed[0]!.reason ?? failed[0]!.error}`);
  return out.map((d) => d._id);
}
