import Papa from 'papaparse';
import { type ConsoleId, metricById, ROW_KINDS, type RowKind, isIsoDate, isIsoTimestamp, periodProblem, CSV_IMPORT_SOURCE_KEY, valueId, LABEL_MAX_LENGTH, TABLE_KEY_MAX_LENGTH, isConsoleId, text, type Text } from '../model';
import { quoted } from '../model/schemas';
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn } from './csv-columns';
import { unguardCell } from './csv-formula-guard';

/** One problem in an imported file. `line` is the spreadsheet row (header = 1); `column` the header name. */
export interface CsvImportError {
  line: number;
  column: string;
  message: Text;
}

/** A validated CSV row, ready to become a value record. */
export interface CsvValueRow {
  line: number;
  periodStart: string;
  periodEnd: string;
  label: string;
  metric: string;
  value: number | null;
  rowKind: RowKind;
  sourceKey: string;
  console: ConsoleId;
  /** null when the file has no captured_at: the import time is used. */
  capturedAt: string | null;
  periodGuessed: boolean;
}

export type ParseCsvResult = { ok: true; rows: CsvValueRow[] } | { ok: false; errors: CsvImportError[] };

/** Beyond this many the list stops growing: a wrong file yields one error per row, and nobody reads 50,000. */
export const MAX_REPORTED_ERRORS = 200;

/** Plain decimal or exponent notation, as the export writes; no thousands separators, units or percent signs. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `第 7 行，metric：未知指标 "x"` / `line 7, metric: unknown metric id "x"`. */
export function formatCsvError(e: CsvImportError): Text {
  return e.column ? text('csvErrorAtCell', e.line, e.column, e.message) : text('csvErrorAtLine', e.line, e.message);
}

function consoleOfSourceKey(key: string): ConsoleId {
  const prefix = key.slice(0, key.indexOf('|'));
  return isConsoleId(prefix) ? prefix : 'custom';
}

/**
 * Reads a CSV in the export's format (lib/io/export-csv.ts): BOM optional, columns found by header
 * name in any order, unknown columns ignored. Every row is checked and every problem reported; the
 * result is all rows or none, so a bad file changes nothing.
 */
export function parseCsvImport(fileText: string): ParseCsvResult {
  const errors: CsvImportError[] = [];
  const fail = (line: number, column: string, message: Text) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, column, message });
  };
  const body = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  // Fixed comma: the export writes commas, and guessing misreads one-column or quote-heavy files.
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', skipEmptyLines: false });
  for (const e of parsed.errors) {
    fail((e.row ?? 0) + 1, '', text('csvMalformed', e.message));
  }
  const table = parsed.data;
  const header = table[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (header.length === 0 || header.every((h) => h === '')) {
    return { ok: false, errors: [{ line: 1, column: '', message: text('csvEmpty') }] };
  }

  const index = new Map<CsvColumn, number>();
  header.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) return;
    const column = name as CsvColumn;
    if (index.has(column)) fail(1, column, text('csvDuplicateColumn'));
    else index.set(column, i);
  });
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!index.has(column)) fail(1, column, text('csvMissingColumn', column));
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvValueRow[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    const line = r + 1;
    if (cells.every((c) => c.trim() === '')) continue; // blank lines, the trailing newline
    if (cells.length !== header.length) {
      fail(line, '', text('csvFieldCount', header.length, cells.length));
      continue;
    }
    const cell = (column: CsvColumn): string | undefined => {
      const i = index.get(column);
      return i === undefined ? undefined : cells[i];
    };
    const before = errors.length;

    const periodStart = cell('period_start')!.trim();
    const periodEnd = cell('period_end')!.trim();
    if (!isIsoDate(periodStart)) fail(line, 'period_start', text('csvInvalidDate', quoted(periodStart)));
    if (!isIsoDate(periodEnd)) fail(line, 'period_end', text('csvInvalidDate', quoted(periodEnd)));
    if (isIsoDate(periodStart) && isIsoDate(periodEnd)) {
      const problem = periodProblem(periodStart, periodEnd);
      if (problem) fail(line, 'period_end', problem);
    }

    const label = unguardCell(cell('agent')!.trim()).trim();
    if (label === '') fail(line, 'agent', text('csvAgentEmpty'));
    else if (label.length > LABEL_MAX_LENGTH) fail(line, 'agent', text('csvAgentTooLong', LABEL_MAX_LENGTH));

    const metric = cell('metric')!.trim();
    const def = metricById(metric);
    if (!def) fail(line, 'metric', text('issueUnknownMetric', quoted(metric)));

    const valueText = cell('value')!.trim();
    let value: number | null = null;
    if (valueText !== '') {
      value = NUMBER.test(valueText) ? Number(valueText) : Number.NaN;
      if (!Number.isFinite(value)) fail(line, 'value', text('csvNotNumber', quoted(valueText)));
    }

    const unit = cell('unit')?.trim() ?? '';
    if (def && unit !== '' && unit !== def.unit) {
      fail(line, 'unit', text('csvWrongUnit', def.unit, quoted(unit), metric));
    }

    const kindText = cell('row_kind')?.trim() ?? '';
    const rowKind = (kindText === '' ? 'agent' : kindText) as RowKind;
    if (!ROW_KINDS.includes(rowKind)) {
      fail(line, 'row_kind', text('csvInvalidRowKind', quoted(kindText), ROW_KINDS.join(', ')));
    }

    const sourceText = unguardCell(cell('source')?.trim() ?? '').trim();
    const sourceKey = sourceText === '' ? CSV_IMPORT_SOURCE_KEY : sourceText;
    if (sourceKey.length > TABLE_KEY_MAX_LENGTH) fail(line, 'source', text('csvSourceTooLong'));

    const consoleText = cell('console')?.trim() ?? '';
    let consoleId: ConsoleId = consoleOfSourceKey(sourceKey);
    if (consoleText !== '') {
      if (isConsoleId(consoleText)) consoleId = consoleText;
      else fail(line, 'console', text('csvUnknownConsole', quoted(consoleText)));
    }

    const capturedText = cell('captured_at')?.trim() ?? '';
    let capturedAt: string | null = null;
    if (capturedText !== '') {
      if (isIsoTimestamp(capturedText)) capturedAt = new Date(capturedText).toISOString();
      else fail(line, 'captured_at', text('csvInvalidTimestamp', quoted(capturedText)));
    }

    const guessedText = cell('period_guessed')?.trim().toLowerCase() ?? '';
    if (!['', 'true', 'false'].includes(guessedText)) {
      fail(line, 'period_guessed', text('csvNotBoolean', quoted(guessedText)));
    }

    if (errors.length > before) continue;
    // Two rows for one stored key would silently keep only the last; the file is ambiguous, so say so.
    const key = valueId(sourceKey, periodStart, periodEnd, label, metric);
    const first = seen.get(key);
    if (first !== undefined) {
      fail(line, 'agent', text('csvDuplicateLine', first));
      continue;
    }
    seen.set(key, line);
    rows.push({ line, periodStart, periodEnd, label, metric, value, rowKind, sourceKey, console: consoleId, capturedAt, periodGuessed: guessedText === 'true' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
