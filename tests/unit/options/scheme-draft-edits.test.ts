import { describe, expect, it } from 'vitest';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { draftFromScheme, schemeFromDraft } from '../../../lib/options/scheme-draft';
import {
  addCommission, addGrade, addMetricRow, addVersion, removeMetricRow, removeVersion, updateMetricRow, updateVersion,
} from '../../../lib/options/scheme-draft-edits';

const presale = () => draftFromScheme(presetScheme('presale'));

describe('scheme versions', () => {
  it('copies the latest version for a new one, as independent rows', () => {
    const first = addVersion(presale(), '2026-11-01');
    if (!first.ok) throw new Error(first.reason);
    expect(first.index).toBe(1);
    const [old, added] = first.draft.versions;
    expect(added!.effectiveFrom).toBe('2026-11-01');
    expect(added!.metrics.map((m) => [m.metric, m.target])).toEqual(old!.metrics.map((m) => [m.metric, m.target]));
    expect(added!.metrics.map((m) => m.uid)).not.toEqual(old!.metrics.map((m) => m.uid));

    // Editing the copy leaves the old version alone.
    const reply = added!.metrics.find((m) => m.metric === 'reply_rate')!;
    const edited = updateVersion(first.draft, 1, (v) => updateMetricRow(v, reply.uid, { target: '99' }));
    const read = schemeFromDraft(edited);
    if (!read.ok) throw new Error('invalid');
    expect(read.scheme.versions.map((v) => v.metrics.find((m) => m.metric === 'reply_rate')!.target)).toEqual([98, 99]);
  });

  it('inserts an earlier date in order but still copies the latest version', () => {
    const a = addVersion(presale(), '2026-11-01');
    if (!a.ok) throw new Error(a.reason);
    const later = updateVersion(a.draft, 1, (v) => ({ ...v, grades: [] }));
    const b = addVersion(later, '2025-06-01');
    if (!b.ok) throw new Error(b.reason);
    expect(b.index).toBe(1);
    expect(b.draft.versions.map((v) => v.effectiveFrom)).toEqual(['2020-01-01', '2025-06-01', '2026-11-01']);
    expect(b.draft.versions[1]!.grades).toEqual([]); // copied from 2026-11-01, which has no grades
  });

  it('refuses a date that is taken or not a date', () => {
    expect(addVersion(presale(), '2020-01-01')).toEqual({ ok: false, reason: 'duplicate-date' });
    expect(addVersion(presale(), '2026-02-30')).toEqual({ ok: false, reason: 'invalid-date' });
    expect(addVersion(presale(), '')).toEqual({ ok: false, reason: 'invalid-date' });
  });

  it('removes a version but never the last one', () => {
    const a = addVersion(presale(), '2026-11-01');
    if (!a.ok) throw new Error(a.reason);
    const one = removeVersion(a.draft, 0);
    expect(one.versions.map((v) => v.effectiveFrom)).toEqual(['2026-11-01']);
    expect(removeVersion(one, 0)).toBe(one);
  });
});

describe('rows', () => {
  it('adds the first unused metric of the role, empty for the manager to fill in', () => {
    const v = presale().versions[0]!;
    const added = addMetricRow(v, 'presale').metrics.at(-1)!;
    expect(added).toMatchObject({ metric: 'same_day_conversion_rate', kind: 'incentive', target: '', worst: '', best: '' });
    const after = draftFromScheme(presetScheme('aftersale')).versions[0]!;
    expect(addMetricRow(after, 'aftersale').metrics.at(-1)!.metric).toBe('negative_review_count');
    expect(removeMetricRow(v, v.metrics[0]!.uid).metrics.map((m) => m.metric)).not.toContain('online_duration');
  });

  it('adds grades and commission lines', () => {
    const v = presale().versions[0]!;
    expect(addGrade(v).grades).toHaveLength(4);
    expect(addCommission(v).commission).toEqual([expect.objectContaining({ metric: 'sales_amount', mode: 'percent_of', rate: '' })]);
  });
});
