import { z } from 'zod';
import { type AgentProfile, agentProfileSchema, type KpiScheme, kpiSchemeSchema } from '../analysis';
import type { PeriodCells, ValueMonthRecord, ValueOrigin } from '../db';
import { valueMonthId } from '../model';
import { type CaptureRecord, captureRecordSchema, consoleIdSchema, isoTimestampSchema, labelSchema, metricIdSchema, rowKindSchema } from '../model/schemas';
import type { PouchChange, PouchDoc } from './pouch-types';
import { stableJson } from './stable-json';

/**
 * What is shared, as CouchDB documents, and back. Ids come from the same keys as the Dexie records, so
 * the same record made in two browsers is one document. Captures' local ids are autoincrement numbers
 * that differ per browser: a document names a capture by its own id (table, time, origin) instead, and
 * the bridge maps it to the local id. Each mapping is pure; the bridge does the reads and writes.
 */

export type SharedKind = 'values' | 'capture' | 'scheme' | 'profile';

export const DOC_PREFIX: Record<SharedKind, string> = { values: 'values:', capture: 'capture:', scheme: 'scheme:', profile: 'profile:' };

export function kindOfDocId(id: string): SharedKind | null {
  for (const kind of Object.keys(DOC_PREFIX) as SharedKind[]) if (id.startsWith(DOC_PREFIX[kind])) return kind;
  return null;
}

export function captureDocId(c: Pick<CaptureRecord, 'sourceKey' | 'capturedAt' | 'origin'>): string {
  return DOC_PREFIX.capture + JSON.stringify([c.sourceKey, c.capturedAt, c.origin]);
}
export function valuesDocId(r: Pick<ValueMonthRecord, 'sourceKey' | 'label' | 'month'>): string {
  return DOC_PREFIX.values + valueMonthId(r.sourceKey, r.label, r.month);
}
export function schemeDocId(role: string): string {
  return DOC_PREFIX.scheme + role;
}
export function profileDocId(key: string): string {
  return DOC_PREFIX.profile + key;
}

/** A document's content without CouchDB's own fields, as stored. */
export type DocBody<T> = T & { kind: SharedKind };

// ---- captures: the log entry's metadata (no table is ever stored, only what was read and counted)

export interface CaptureDoc {
  kind: 'capture';
  capture: Omit<CaptureRecord, 'id'>;
}

export function captureToDoc(record: CaptureRecord): CaptureDoc {
  const { id: _localId, ...capture } = record;
  return { kind: 'capture', capture };
}

// The stored record's own schema, with a stand-in for the local id it does not carry.
const captureDocSchema = z
  .strictObject({ kind: z.literal('capture'), capture: z.record(z.string(), z.unknown()) })
  .transform((d, ctx) => {
    const parsed = captureRecordSchema.safeParse({ ...d.capture, id: 1 });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['capture', ...issue.path.map(String)], message: issue.message });
      return z.NEVER;
    }
    const { id: _standIn, ...capture } = parsed.data;
    return { kind: 'capture' as const, capture };
  });

// ---- values: a month record, origins naming captures by document id

export interface OriginDoc {
  capture: string;
  capturedAt: string;
  guessed: boolean;
  rowKind: ValueOrigin['rowKind'];
  console: ValueOrigin['console'];
}

/**
 * A period's values in a document: `metricAt[i]` indexes the document's `metrics`. A metric's name is
 * written once per document, not once per day: a month record's names were two thirds of its bytes, and
 * a day's sync sends the month so far of every agent.
 */
export interface PeriodDoc {
  metricAt: number[];
  values: (number | null)[];
  originOf: number[];
}

export interface ValuesDoc {
  kind: 'values';
  sourceKey: string;
  label: string;
  month: string;
  origins: OriginDoc[];
  /** Every metric of the record, sorted. */
  metrics: string[];
  periods: Record<string, PeriodDoc>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The record as a document in one canonical form (periods and metrics sorted, origins numbered in order
 * of first use), so two browsers holding the same values write the same document and an unchanged
 * record is never pushed again.
 */
export function valuesToDoc(record: ValueMonthRecord, captureDocOf: (localCaptureId: number) => string): ValuesDoc {
  const origins: OriginDoc[] = [];
  const indexOf = new Map<number, number>();
  const keys = Object.keys(record.periods).sort();
  const metrics = [...new Set(keys.flatMap((k) => record.periods[k]!.metrics))].sort(byText);
  const metricAt = new Map(metrics.map((m, i) => [m, i]));
  const periods: Record<string, PeriodDoc> = {};
  for (const key of keys) {
    const p = record.periods[key]!;
    const order = p.metrics.map((_, i) => i).sort((a, b) => byText(p.metrics[a]!, p.metrics[b]!));
    const out: PeriodDoc = { metricAt: [], values: [], originOf: [] };
    for (const i of order) {
      const from = p.originOf[i]!;
      let index = indexOf.get(from);
      if (index === undefined) {
        const o = record.origins[from]!;
        index = origins.push({ capture: captureDocOf(o.captureId), capturedAt: o.capturedAt, guessed: o.guessed, rowKind: o.rowKind, console: o.console }) - 1;
        indexOf.set(from, index);
      }
      out.metricAt.push(metricAt.get(p.metrics[i]!)!);
      out.values.push(p.values[i]!);
      out.originOf.push(index);
    }
    periods[key] = out;
  }
  return { kind: 'values', sourceKey: record.sourceKey, label: record.label, month: record.month, origins, metrics, periods };
}

/** The document as a month record, each origin's capture mapped to its local id. */
export function docToValues(doc: ValuesDoc, localCaptureOf: (captureDocId: string) => number): ValueMonthRecord {
  const origins: ValueOrigin[] = doc.origins.map((o) => ({ captureId: localCaptureOf(o.capture), capturedAt: o.capturedAt, guessed: o.guessed, rowKind: o.rowKind, console: o.console }));
  const periods: Record<string, PeriodCells> = {};
  for (const [key, p] of Object.entries(doc.periods)) periods[key] = { metrics: p.metricAt.map((i) => doc.metrics[i]!), values: [...p.values], originOf: [...p.originOf] };
  const captureIds = [...new Set(origins.map((o) => o.captureId))].sort((a, b) => a - b);
  return { id: valueMonthId(doc.sourceKey, doc.label, doc.month), sourceKey: doc.sourceKey, label: doc.label, month: doc.month, captureIds, origins, periods };
}

const periodKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}\|\d{4}-\d{2}-\d{2}$/);
const indexList = z.array(z.number().int().nonnegative());
const valuesDocSchema = z
  .strictObject({
    kind: z.literal('values'),
    sourceKey: z.string().min(1),
    label: labelSchema,
    month: z.string().regex(/^\d{4}-\d{2}$/),
    origins: z.array(
      z.strictObject({
        capture: z.string().startsWith(DOC_PREFIX.capture),
        capturedAt: isoTimestampSchema,
        guessed: z.boolean(),
        rowKind: rowKindSchema,
        console: consoleIdSchema,
      }),
    ).min(1),
    metrics: z.array(metricIdSchema),
    periods: z.record(periodKeySchema, z.strictObject({ metricAt: indexList, values: z.array(z.number().finite().nullable()), originOf: indexList })),
  })
  .superRefine((d, ctx) => {
    if (new Set(d.metrics).size !== d.metrics.length) ctx.addIssue({ code: 'custom', path: ['metrics'], message: 'a metric listed twice' });
    for (const [key, p] of Object.entries(d.periods)) {
      if (!key.startsWith(d.month)) ctx.addIssue({ code: 'custom', path: ['periods', key], message: 'period outside the month' });
      if (p.values.length !== p.metricAt.length || p.originOf.length !== p.metricAt.length) ctx.addIssue({ code: 'custom', path: ['periods', key], message: 'lists of different lengths' });
      if (p.metricAt.some((i) => i >= d.metrics.length)) ctx.addIssue({ code: 'custom', path: ['periods', key, 'metricAt'], message: 'no such metric' });
      if (new Set(p.metricAt).size !== p.metricAt.length) ctx.addIssue({ code: 'custom', path: ['periods', key, 'metricAt'], message: 'a metric twice in one period' });
      if (p.originOf.some((i) => i >= d.origins.length)) ctx.addIssue({ code: 'custom', path: ['periods', key, 'originOf'], message: 'no such origin' });
    }
  });

// ---- settings: schemes (with their versions) and profiles ("this is me" stays in each browser)

export interface SchemeDoc {
  kind: 'scheme';
  scheme: KpiScheme;
  /** When the pushing browser wrote it: says which edit a conflict lost. */
  editedAt: string;
}

export interface ProfileDoc {
  kind: 'profile';
  profile: Omit<AgentProfile, 'isMe'>;
  editedAt: string;
}

export function schemeToDoc(scheme: KpiScheme, editedAt: string): SchemeDoc {
  return { kind: 'scheme', scheme, editedAt };
}

export function profileToDoc(profile: AgentProfile, editedAt: string): ProfileDoc {
  const { isMe: _mine, ...shared } = profile;
  return { kind: 'profile', profile: shared, editedAt };
}

/** The pulled profile with this browser's own "this is me". */
export function docToProfile(doc: ProfileDoc, isMe: boolean): AgentProfile {
  return { ...doc.profile, isMe };
}

const schemeDocSchema = z.strictObject({ kind: z.literal('scheme'), scheme: kpiSchemeSchema, editedAt: isoTimestampSchema });
const profileDocSchema = z.strictObject({ kind: z.literal('profile'), profile: agentProfileSchema.omit({ isMe: true }), editedAt: isoTimestampSchema });

export type SharedDoc = CaptureDoc | ValuesDoc | SchemeDoc | ProfileDoc;

export type ParsedDoc = { ok: true; doc: SharedDoc } | { ok: false; reason: string };

/**
 * A pulled document checked before anything is stored: the id must be the one its content derives
 * (a document filed under another key would escape replacement), and the content must fit the local
 * record's own schema. A refused document is reported and skipped; nothing local changes.
 */
export function parseSharedDoc(raw: PouchDoc): ParsedDoc {
  const { _id, _rev: _r, _conflicts: _c, _deleted: _d, _revisions: _rv, ...body } = raw;
  const kind = kindOfDocId(_id);
  const schema = kind === 'capture' ? captureDocSchema : kind === 'values' ? valuesDocSchema : kind === 'scheme' ? schemeDocSchema : kind === 'profile' ? profileDocSchema : null;
  if (!schema) return { ok: false, reason: 'unknown document id' };
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const doc = parsed.data as SharedDoc;
  if (expectedId(doc) !== _id) return { ok: false, reason: `id does not match its content (expected ${expectedId(doc)})` };
  return { ok: true, doc };
}

/**
 * A change of the mirror's feed as the document to apply, or why it is not applied: the server's design
 * documents (its validation function) and deletions (nothing shared is ever deleted by the app; a
 * deleted document leaves the local record as it is) are skipped like a document that fails its check.
 */
export function sharedDocOfChange(change: PouchChange): ParsedDoc {
  if (change.id.startsWith('_design/')) return { ok: false, reason: 'design document (the server\'s own, not shared data)' };
  if (change.deleted || change.doc?._deleted) return { ok: false, reason: 'deleted on the server (deletions are not applied)' };
  if (!change.doc) return { ok: false, reason: 'change without its document' };
  return parseSharedDoc(change.doc);
}

export function expectedId(doc: SharedDoc): string {
  switch (doc.kind) {
    case 'capture':
      return captureDocId(doc.capture);
    case 'values':
      return valuesDocId(doc);
    case 'scheme':
      return schemeDocId(doc.scheme.role);
    case 'profile':
      return profileDocId(doc.profile.key);
  }
}

/** Compares documents' content only (not ids, revisions, or when a setting was pushed). */
export function sameContent(a: SharedDoc, b: SharedDoc): boolean {
  return stableJson(withoutEditTime(a)) === stableJson(withoutEditTime(b));
}

function withoutEditTime(doc: SharedDoc): unknown {
  if (doc.kind === 'scheme' || doc.kind === 'profile') {
    const { editedAt: _t, ...rest } = doc;
    return rest;
  }
  return doc;
}

