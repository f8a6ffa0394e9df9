import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { AgentProfile, KpiScheme } from '../../../lib/analysis';
import { packIntoMonth, unpackMonth } from '../../../lib/db/value-month';
import { writeCapture } from '../../../lib/db/write-capture';
import { valueId } from '../../../lib/model/keys';
import { METRICS } from '../../../lib/model/metric-catalog';
import type { CaptureRecord, ValueRecord } from '../../../lib/model/schemas';
import {
  captureDocId,
  captureToDoc,
  docToProfile,
  docToValues,
  expectedId,
  parseSharedDoc,
  profileToDoc,
  schemeToDoc,
  sharedDocOfChange,
  type SharedDoc,
  valuesToDoc,
} from '../../../lib/sync/sync-documents';
import { fuzz } from '../fuzz/fuzz-settings';
import { badDocuments, LABEL, SOURCE } from './bad-documents';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';

const newDb = freshDatabasesPerTest();
const METRIC_IDS = METRICS.slice(0, 8).map((m) => m.id);
const at = (captureId: number) => `2026-11-${String(captureId).padStart(2, '0')}T02:00:00.000Z`;
// Local capture id ↔ its document id, as the bridge maps them (each browser numbers its own log).
const captureDocOf = (id: number) => captureDocId({ sourceKey: SOURCE, capturedAt: at(id), origin: 'capture' });
const localOf = (docId: string) => Number(JSON.parse(docId.slice('capture:'.length))[1].slice(8, 10));

/** Values of one month record: days × metrics, each recorded by one of a few captures. */
const monthValues = fc
  .uniqueArray(
    fc.record({
      day: fc.integer({ min: 1, max: 30 }),
      span: fc.constantFrom(0, 0, 0, 6), // mostly days, some weeks
      metric: fc.constantFrom(...METRIC_IDS),
      value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: null }),
      capture: fc.integer({ min: 1, max: 5 }),
    }),
    { minLength: 1, maxLength: 60, selector: (c) => `${c.day}|${c.span}|${c.metric}` },
  )
  .map((cells): ValueRecord[] =>
    cells.map((c) => {
      const start = `2026-11-${String(c.day).padStart(2, '0')}`;
      const end = `2026-11-${String(Math.min(30, c.day + c.span)).padStart(2, '0')}`;
      return {
        id: valueId(SOURCE, start, end, LABEL, c.metric),
        sourceKey: SOURCE,
        console: 'sycm',
        periodStart: start,
        periodEnd: end,
        periodGuessed: c.capture === 5,
        label: LABEL,
        rowKind: 'agent',
        metric: c.metric,
        value: c.value,
        captureId: c.capture,
        capturedAt: at(c.capture),
      };
    }),
  );

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const withId = (doc: SharedDoc, extra: Record<string, unknown> = {}) => ({ _id: expectedId(doc), _rev: '1-abc', ...doc, ...extra });

describe('sync documents: round trips', () => {
  it('a month record → document → record holds exactly the same values, and the document is canonical', () => {
    fc.assert(
      fc.property(monthValues, (values) => {
        const record = packIntoMonth(undefined, values);
        const doc = valuesToDoc(record, captureDocOf);
        const back = docToValues(doc, localOf);
        expect(back.id).toBe(record.id);
        expect(back.captureIds).toEqual([...record.captureIds].sort((a, b) => a - b));
        expect(unpackMonth(back).sort(byId)).toEqual(unpackMonth(record).sort(byId));
        // The same values in another order are the same document: an unchanged record is never pushed again.
        expect(valuesToDoc(back, captureDocOf)).toEqual(doc);
        expect(valuesToDoc(packIntoMonth(undefined, [...values].reverse()), captureDocOf)).toEqual(valuesToDoc(packIntoMonth(undefined, values), captureDocOf));
        // What the server hands back (with _id and _rev) parses to the same document.
        expect(parseSharedDoc(withId(doc))).toEqual({ ok: true, doc });
      }),
      fuzz(60),
    );
  });

  it('a capture → document → record is the stored log entry without its local id', async () => {
    const db = newDb();
    await writeCapture(db, makeCapture({ warnings: [{ row: LABEL, metric: 'reply_rate', text: '9x%', reason: 'unreadable' }] }), new Date('2026-11-21T02:00:00Z'));
    const [stored] = (await db.captures.toArray()) as CaptureRecord[];
    const variants: CaptureRecord[] = [
      stored!,
      { ...stored!, correctedFrom: { start: '2026-11-19', end: '2026-11-19' } },
      { ...stored!, origin: 'file_import', file: { name: '客服绩效.xlsx', hash: 'a'.repeat(64) } },
    ];
    for (const record of variants) {
      const doc = captureToDoc(record);
      expect(expectedId(doc)).toBe(captureDocId(record));
      const parsed = parseSharedDoc(withId(doc));
      expect(parsed).toEqual({ ok: true, doc });
      const { id: _local, ...content } = record;
      expect(parsed.ok && parsed.doc.kind === 'capture' && parsed.doc.capture).toEqual(content);
    }
  });

  it('a KPI scheme with its versions and a profile round-trip; "this is me" stays in each browser', () => {
    const preset = presetScheme('presale');
    const scheme: KpiScheme = {
      ...preset,
      name: '双11方案',
      versions: [preset.versions[0]!, { ...preset.versions[0]!, effectiveFrom: '2026-11-01', metrics: preset.versions[0]!.metrics.map((m) => ({ ...m, target: m.target + 1 })) }],
    };
    const schemeDoc = schemeToDoc(scheme, '2026-11-21T02:00:00.000Z');
    expect(parseSharedDoc(withId(schemeDoc))).toEqual({ ok: true, doc: schemeDoc });
    expect(schemeDoc.scheme).toEqual(scheme);

    const profile: AgentProfile = { key: LABEL, displayName: '小美', role: 'presale', roleHint: 'aftersale', aliases: ['旗舰店:美美'], isMe: true };
    const profileDoc = profileToDoc(profile, '2026-11-21T02:00:00.000Z');
    expect(profileDoc.profile).not.toHaveProperty('isMe');
    const parsed = parseSharedDoc(withId(profileDoc));
    expect(parsed).toEqual({ ok: true, doc: profileDoc });
    expect(docToProfile(profileDoc, true)).toEqual(profile);
    expect(docToProfile(profileDoc, false)).toEqual({ ...profile, isMe: false });
  });
});

describe('sync documents: what is refused', () => {
  it.each(badDocuments())('$what is skipped with its reason', ({ change, reason }) => {
    const parsed = sharedDocOfChange(change);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it('the same check passes a good document (a change of the feed as the server sends it)', () => {
    const scheme = schemeToDoc(presetScheme('aftersale'), '2026-11-21T02:00:00.000Z');
    expect(sharedDocOfChange({ id: 'scheme:aftersale', seq: 1, doc: withId(scheme) })).toEqual({ ok: true, doc: scheme });
    expect(sharedDocOfChange({ id: 'scheme:aftersale', seq: 1 })).toEqual({ ok: false, reason: expect.stringMatching(/without its document/) });
  });
});
