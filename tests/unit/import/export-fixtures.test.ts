import { describe, expect, it } from 'vitest';
import { applyReportImport } from '../../../lib/import/apply-report-import';
import { readReportFiles } from '../../../lib/import/read-report-files';
import type { ApplyChoices, ImportPreview } from '../../../lib/import/types';
import { GOOD_EXPORTS, type ExportFixture } from '../../fixtures/exports';
import { freshDatabasesPerTest } from '../db/make-capture';
import { storedValues } from '../db/stored-values';

const TODAY = '2026-11-27';
const freshDb = freshDatabasesPerTest();

/** The fixture's entered periods (by sheet name) as apply choices (by sheet id). */
function choicesOf(f: ExportFixture, preview: ImportPreview): ApplyChoices {
  const periods: ApplyChoices['periods'] = {};
  for (const s of preview.files[0]!.sheets) {
    const chosen = f.choices?.[s.sheet];
    if (chosen) periods[s.id] = chosen;
  }
  return { periods };
}

describe.each(GOOD_EXPORTS.map((f) => [f.id, f] as const))('export fixture %s', (_id, f) => {
  it('previews the sheets, period, rows and columns the file holds', async () => {
    const preview = await readReportFiles([{ name: f.name, bytes: f.bytes() }], { today: TODAY });
    const file = preview.files[0]!;
    expect(file.error).toBeNull();
    expect(file.skippedSheets.map((s) => s.sheet)).toEqual(f.skippedSheets);
    expect(file.sheets.map((s) => s.sheet)).toEqual(f.sheets.map((s) => s.sheet));
    file.sheets.forEach((sheet, i) => {
      const want = f.sheets[i]!;
      expect(sheet.headerRow).toBe(want.headerRow);
      if (want.period.kind === 'needed') expect(sheet.period).toEqual({ kind: 'needed' });
      else expect(sheet.period).toEqual(want.period);
      expect(sheet.agents).toEqual(want.agents);
      expect(sheet.benchmarks).toEqual(want.benchmarks);
      expect(sheet.metrics.map((m) => m.id)).toEqual(want.metrics);
      expect(sheet.metrics.filter((m) => m.decimalRate).map((m) => m.id)).toEqual(want.decimalRates);
      expect(sheet.leftOut.map((h) => ({ header: h.header, reason: h.reason }))).toEqual(want.leftOut);
      expect(sheet.roleColumn).toBe(want.roleColumn);
      expect(sheet.roles).toEqual(want.roles);
      expect(sheet.valueCount).toBe(want.valueCount);
      expect(sheet.problems).toEqual([]);
    });
  });

  it('stores exactly the expected values', async () => {
    const preview = await readReportFiles([{ name: f.name, bytes: f.bytes() }], { today: TODAY });
    const db = freshDb();
    const result = await applyReportImport(db, preview, choicesOf(f, preview), new Date('2026-11-27T08:00:00Z'));
    const roles = f.sheets.flatMap((sheet) => sheet.roles);
    expect(result).toEqual({ ok: true, files: 1, values: f.expected.length, skipped: [], roleGuesses: roles.length });
    // The roles a 旺旺类型 column states are each agent's role guess, nothing else is set on the profile.
    const profiles = await db.agents.toArray();
    expect(profiles.map((p) => ({ label: p.key, role: p.roleHint })).sort((a, b) => a.label.localeCompare(b.label))).toEqual(
      [...roles].sort((a, b) => a.label.localeCompare(b.label)),
    );
    expect(profiles.every((p) => p.role === undefined && p.aliases.length === 0 && !p.isMe)).toBe(true);
    const stored = await storedValues(db);
    expect(stored).toHaveLength(f.expected.length);
    const byKey = new Map(stored.map((v) => [JSON.stringify([v.periodStart, v.periodEnd, v.label, v.metric]), v]));
    const wrong: string[] = [];
    for (const e of f.expected) {
      const v = byKey.get(JSON.stringify([e.periodStart, e.periodEnd, e.label, e.metric]));
      if (!v) wrong.push(`missing ${e.periodStart} ${e.label} ${e.metric}`);
      else if (v.value !== e.value || v.rowKind !== e.rowKind) wrong.push(`${e.periodStart} ${e.label} ${e.metric}: ${v.value} ${v.rowKind}, expected ${e.value} ${e.rowKind}`);
    }
    expect(wrong).toEqual([]);
  });
});
