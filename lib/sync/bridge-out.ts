import type { KefuDatabase } from '../db';
import { captureDocId, captureToDoc, profileToDoc, type SharedDoc, sameContent, parseSharedDoc, schemeToDoc, valuesToDoc, expectedId } from './sync-documents';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { readShopMonthRecords } from './shop-share';
import { shopOfLabel } from './shop-database';

/**
 * A manager's local records of one shop into its mirror: every shared record is mapped to its document
 * and compared with the mirror's; only what differs is written (on top of the mirror's revision), so a
 * pass without local changes writes nothing. Captures are written before the values that name them, so
 * the server, and every agent's pull (which replicates in sequence order), has a capture before its values.
 * Returns the ids written.
 */
export async function pushLocalToMirror(db: KefuDatabase, mirror: PouchDatabase, shop: string, now: Date, rewrite: ReadonlySet<string> = new Set()): Promise<string[]> {
  const editedAt = now.toISOString();
  const [months, schemes, profiles] = await Promise.all([readShopMonthRecords(db, shop), db.schemes.toArray(), db.agents.toArray()]);
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
  return written;
}

async function writeChanged(mirror: PouchDatabase, docs: SharedDoc[], rewrite: ReadonlySet<string>): Promise<string[]> {
  if (docs.length === 0) return [];
  const ids = docs.map(expectedId);
  const { rows } = await mirror.allDocs({ keys: ids, include_docs: true });
  const out: PouchDoc[] = [];
  docs.forEach((doc, i) => {
    const row = rows[i];
    const stored = row?.doc && !row.value?.deleted ? row.doc : null;
    if (stored && !rewrite.has(ids[i]!)) {
      const parsed = parseSharedDoc(stored);
      if (parsed.ok && sameContent(parsed.doc, doc)) return;
    }
    out.push({ ...(doc as unknown as Record<string, unknown>), _id: ids[i]!, ...(row?.value?.rev ? { _rev: row.value.rev } : {}) });
  });
  if (out.length === 0) return [];
  const results = await mirror.bulkDocs(out);
  const failed = results.filter((r) => r.error);
  if (failed.length > 0) throw new Error(`mirror refused ${failed.length} writes: ${failed[0]!.id} ${failed[0]!.reason ?? failed[0]!.error}`);
  return out.map((d) => d._id);
}
