import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { writeCapture } from '../../../lib/db/write-capture';
import { CSV_COLUMNS, type CsvColumn } from '../../../lib/io/csv-columns';
import { exportCsv, UTF8_BOM } from '../../../lib/io/export-csv';
import { parseCsvImport } from '../../../lib/io/import-csv';
import { importFile } from '../../../lib/io/import-file';
import { parseBackupText } from '../../../lib/io/backup';
import { valueId } from '../../../lib/model/keys';
import { METRICS, metricById } from '../../../lib/model/metric-catalog';
import { ROW_KINDS } from '../../../lib/model/metric-types';
import { CONSOLE_IDS } from '../../../lib/model/console-sites';
import { LABEL_MAX_LENGTH, TABLE_KEY_MAX_LENGTH } from '../../../lib/model/limits';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import type { KefuDatabase } from '../../../lib/db/database';
import { makeCapture } from '../db/make-capture';
import { storedValues } from '../db/stored-values';
import { fuzz, fuzzTimeout } from './fuzz-settings';
import { databaseState, looksLikeJson, seededDatabases, type DatabaseState } from './import-state';
import { applyAll, mutations, type Mutation } from './mutations';

/**
 * A corrupted CSV export is refused whole, with every error at a line and column, or imported whole
 * (issue 11, property 3). Through importFile, as the options page calls it, on a fake-indexeddb Dexie.
 */

const SEEDED_AT = new Date('2026-11-21T01:00:00.000Z');
const IMPORTED_AT = new Date('2026-12-01T08:00:00.000Z');
const SEED = makeCapture();
const SEED_SOURCE = `sycm|${SEED.source.tableKey}`;

const SOURCES = [SEED_SOURCE, 'import|csv', 'chitu|https://kpi.topchitu.com/r|reply_rate', "=cmd|' /C calc'!A0"];
const LABELS = ['旗舰店:小美', '旗舰店:阿强', '均值', '=HYPERLINK("http://x")', '店,铺:"小美"\n二号', "'引号", '同行同层优秀', '店'.repeat(LABEL_MAX_LENGTH)];
const PERIODS: ReadonlyArray<readonly [string, string]> = [
  ['2026-11-20', '2026-11-20'],
  ['2026-11-14', '2026-11-20'],
  ['2026-11-01', '2026-11-30'],
  ['2024-02-29', '2024-02-29'],
];

const valueRecord: fc.Arbitrary<ValueRecord> = fc
  .record({
    sourceKey: fc.constantFrom(...SOURCES),
    label: fc.constantFrom(...LABELS),
    period: fc.constantFrom(...PERIODS),
    metric: fc.constantFrom(...METRICS.map((m) => m.id)),
    value: fc.oneof(fc.constant(null), fc.integer({ min: -1000, max: 1_000_000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
    rowKind: fc.constantFrom(...ROW_KINDS),
    console: fc.constantFrom(...CONSOLE_IDS),
    capturedAt: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    periodGuessed: fc.boolean(),
  })
  .map(({ period: [periodStart, periodEnd], ...r }) => ({
    ...r,
    id: valueId(r.sourceKey, periodStart, periodEnd, r.label, r.metric),
    periodStart,
    periodEnd,
    captureId: 1,
  }));

const exportedFile = fc.uniqueArray(valueRecord, { selector: (r) => r.id, minLength: 1, maxLength: 8 }).map((rows) => ({ rows, csv: exportCsv(rows) }));

/** CSV records as a spreadsheet reads them (header = record 0). */
function records(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
}
function writeRecords(table: string[][]): string {
  return UTF8_BOM + Papa.unparse(table, { newline: '\r\n', escapeFormulae: false });
}

/** Values a column of the export never holds. */
const BAD_CELLS = ['', ' ', 'abc', '1e999', 'NaN', '12%', '1,234', '2026-13-01', '2026-02-30', '2026-1-5', 'no_such_metric', 'percent', 'boss', 'yes', '=1+1', "'", 'tmall', 'now'];

/** One field of the file replaced (the header row included), as a spreadsheet would write it back. */
const fieldMutation: fc.Arbitrary<Mutation> = fc.record({ row: fc.nat(), column: fc.nat(), cell: fc.constantFrom(...BAD_CELLS) }).map(({ row, column, cell }) => ({
  describe: `field ${row}/${column} = ${JSON.stringify(cell)}`,
  apply: (text) => {
    const table = records(text);
    const cells = table[row % table.length];
    if (!cells || cells.length === 0) return text;
    cells[column % cells.length] = cell;
    return writeRecords(table);
  },
}));

const databases = seededDatabases(async (db) => void (await writeCapture(db, SEED, SEEDED_AT)));
afterAll(() => databases.dispose());

/** Runs `check` on the seeded database; it answers whether the database is still as seeded. */
async function withSeededDatabase(check: (db: KefuDatabase, before: DatabaseState) => Promise<boolean>): Promise<void> {
  const { db, before } = await databases.get();
  let unchanged = false;
  try {
    unchanged = await check(db, before);
  } finally {
    if (!unchanged) await databases.spoil();
  }
}

describe('fuzz: a corrupted CSV export is refused whole or imported whole', () => {
  it('random byte, line and field damage: refused with every error at a line (and column), nothing changed; or every row stored as read', async () => {
    await fc.assert(
      fc.asyncProperty(exportedFile, mutations(fieldMutation), async ({ csv }, damage) => {
        const text = applyAll(csv, damage);
        await withSeededDatabase(async (db, before) => {
          const result = await importFile(db, text, IMPORTED_AT);
          const after = await databaseState(db);

          if (!result.ok) {
            expect(after, 'a refused file changes nothing').toEqual(before);
            if (result.unknownType) return true; // not a CSV of ours: nothing to point at
            if (looksLikeJson(text)) {
              expect(parseBackupText(text).ok).toBe(false);
              return true;
            }
            const parsed = parseCsvImport(text);
            expect(parsed.ok).toBe(false);
            if (parsed.ok) return false;
            const lastLine = Math.max(1, records(text).length);
            expect(parsed.errors.length).toBeGreaterThan(0);
            for (const e of parsed.errors) {
              expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lastLine, `line ${e.line} of ${lastLine}`).toBe(true);
              expect(['', ...CSV_COLUMNS]).toContain(e.column);
            }
            return true;
          }

          expect(result.kind).toBe('csv');
          const parsed = parseCsvImport(text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return false;
          // Whole: every non-blank record of the file is a stored row, read independently of the importer.
          const dataRecords = records(text)
            .slice(1)
            .filter((cells) => cells.some((c) => c.trim() !== ''));
          expect(parsed.rows.length).toBe(dataRecords.length);
          expect(result).toMatchObject({ values: parsed.rows.length });
          const stored = new Map(after.values.map((v) => [v.id, v]));
          for (const row of parsed.rows) {
            const id = valueId(row.sourceKey, row.periodStart, row.periodEnd, row.label, row.metric);
            expect(stored.get(id), `line ${row.line}`).toMatchObject({
              value: row.value,
              label: row.label,
              metric: row.metric,
              rowKind: row.rowKind,
              console: row.console,
              periodGuessed: row.periodGuessed,
              capturedAt: row.capturedAt ?? IMPORTED_AT.toISOString(),
            });
          }
          // Values the file does not name are kept as they were.
          const imported = new Set(parsed.rows.map((r) => valueId(r.sourceKey, r.periodStart, r.periodEnd, r.label, r.metric)));
          expect(after.values.filter((v) => !imported.has(v.id))).toEqual(before.values.filter((v) => !imported.has(v.id)));
          expect(after.captures.length).toBe(before.captures.length + (parsed.rows.length > 0 ? 1 : 0));
          return false;
        });
      }),
      fuzz(50),
    );
  }, fuzzTimeout(15_000));

  /** A value each column refuses, for a row whose metric has `unit`. */
  const badCellOf = (column: CsvColumn, unit: string): string =>
    ({
      period_start: '2026-13-01',
      period_end: '2000-01-01', // before the start
      agent: "'", // only the formula guard: empty
      metric: 'no_such_metric',
      value: '12%',
      unit: unit === 'percent' ? 'yuan' : 'percent',
      row_kind: 'boss',
      source: 's'.repeat(TABLE_KEY_MAX_LENGTH + 1),
      console: 'tmall.com',
      captured_at: '2026-11-20 10:00',
      period_guessed: 'yes',
    })[column];

  it('one bad field: refused, with an error at exactly its line and column', async () => {
    await fc.assert(
      fc.asyncProperty(exportedFile, fc.nat(), fc.constantFrom(...CSV_COLUMNS), async ({ rows, csv }, rowPick, column) => {
        const table = records(csv);
        const row = 1 + (rowPick % rows.length);
        const cells = table[row]!;
        const metric = cells[CSV_COLUMNS.indexOf('metric')]!;
        cells[CSV_COLUMNS.indexOf(column)] = badCellOf(column, metricById(metric)!.unit);
        const text = writeRecords(table);
        await withSeededDatabase(async (db, before) => {
          expect((await importFile(db, text, IMPORTED_AT)).ok).toBe(false);
          expect(await databaseState(db)).toEqual(before);
          return true;
        });
        const parsed = parseCsvImport(text);
        expect(parsed.ok ? [] : parsed.errors.map((e) => [e.line, e.column])).toContainEqual([row + 1, column]);
      }),
      fuzz(40),
    );
  }, fuzzTimeout(15_000));

  it('the untouched export imports whole: every value as exported', async () => {
    await fc.assert(
      fc.asyncProperty(exportedFile, async ({ rows, csv }) => {
        await withSeededDatabase(async (db) => {
          expect(await importFile(db, csv, IMPORTED_AT)).toEqual({ ok: true, kind: 'csv', values: rows.length });
          const stored = new Map((await storedValues(db)).map((v) => [v.id, v]));
          for (const r of rows) {
            expect(stored.get(r.id)).toMatchObject({ value: r.value === 0 ? 0 : r.value, rowKind: r.rowKind, console: r.console, capturedAt: r.capturedAt, periodGuessed: r.periodGuessed });
          }
          return false;
        });
      }),
      fuzz(12),
    );
  }, fuzzTimeout(15_000));
});
