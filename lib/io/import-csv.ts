import Papa from 'papaparse';
import { type ConsoleId, metricById, ROW_KINDS, type RowKind, isIsoDate, isIsoTimestamp, periodProblem, CSV_IMPORT_SOURCE_KEY, valueId, LABEL_MAX_LENGTH, TABLE_KEY_MAX_LENGTH, isConsoleId } from '../model';
import { quoted } from '../model/schemas';
import { CSV_COLUMNS, REQUIRED_CSV_COLUMNS, type CsvColumn } from './csv-columns';
import { unguardCell } from './csv-formula-guard';

/** One problem in an imported file. `line` is the spreadsheet row (header = 1); `column` the header name. */
export interface CsvImportError {
  line: number;
  column: string;
  messageZh: string;
  messageEn: string;
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

/** `第 7 行, metric: 未知指标 "x"` / `line 7, metric: unknown metric id "x"`. */
export function formatCsvError(e: CsvImportError): { zh: string; en: string } {
  const where = e.column ? `, ${e.column}` : '';
  return { zh: `第 ${e.line} 行${where}: ${e.messageZh}`, en: `line ${e.line}${where}: ${e.messageEn}` };
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
export function parseCsvImport(text: string): ParseCsvResult {
  const errors: CsvImportError[] = [];
  const fail = (line: number, column: string, zh: string, en: string) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, column, messageZh: zh, messageEn: en });
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Fixed comma: the export writes commas, and guessing misreads one-column or quote-heavy files.
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', skipEmptyLines: false });
  for (const e of parsed.errors) {
    fail((e.row ?? 0) + 1, '', `CSV 格式错误：${e.message}`, `malformed CSV: ${e.message}`);
  }
  const table = parsed.data;
  const header = table[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (header.length === 0 || header.every((h) => h === '')) {
    return { ok: false, errors: [{ line: 1, column: '', messageZh: '文件为空或没有表头', messageEn: 'empty file or no header row' }] };
  }

  const index = new Map<CsvColumn, number>();
  header.forEach((name, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) return;
    const column = name as CsvColumn;
    if (index.has(column)) fail(1, column, `列重复`, `duplicate column`);
    else index.set(column, i);
  });
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!index.has(column)) fail(1, column, `缺少必需的列 "${column}"`, `missing required column "${column}"`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: CsvValueRow[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!;
    const line = r + 1;
    if (cells.every((c) => c.trim() === '')) continue; // blank lines, the trailing newline
    if (cells.length !== header.length) {
      fail(line, '', `应为 ${header.length} 列，实际 ${cells.length} 列`, `expected ${header.length} fields, found ${cells.length}`);
      continue;
    }
    const cell = (column: CsvColumn): string | undefined => {
      const i = index.get(column);
      return i === undefined ? undefined : cells[i];
    };
    const before = errors.length;

    const periodStart = cell('period_start')!.trim();
    const periodEnd = cell('period_end')!.trim();
    if (!isIsoDate(periodStart)) fail(line, 'period_start', `日期无效 ${quoted(periodStart)}（应为 YYYY-MM-DD）`, `invalid date ${quoted(periodStart)} (expected YYYY-MM-DD)`);
    if (!isIsoDate(periodEnd)) fail(line, 'period_end', `日期无效 ${quoted(periodEnd)}（应为 YYYY-MM-DD）`, `invalid date ${quoted(periodEnd)} (expected YYYY-MM-DD)`);
    if (isIsoDate(periodStart) && isIsoDate(periodEnd)) {
      const problem = periodProblem(periodStart, periodEnd);
      if (problem) fail(line, 'period_end', problem.zh, problem.en);
    }

    const label = unguardCell(cell('agent')!.trim()).trim();
    if (label === '') fail(line, 'agent', '客服名称为空', 'agent is empty');
    else if (label.length > LABEL_MAX_LENGTH) fail(line, 'agent', `名称超过 ${LABEL_MAX_LENGTH} 个字符`, `agent longer than ${LABEL_MAX_LENGTH} characters`);

    const metric = cell('metric')!.trim();
    const def = metricById(metric);
    if (!def) fail(line, 'metric', `未知指标 ${quoted(metric)}`, `unknown metric id ${quoted(metric)}`);

    const valueText = cell('value')!.trim();
    let value: number | null = null;
    if (valueText !== '') {
      value = NUMBER.test(valueText) ? Number(valueText) : Number.NaN;
      if (!Number.isFinite(value)) fail(line, 'value', `不是数字 ${quoted(valueText)}（缺失请留空）`, `not a number ${quoted(valueText)} (leave empty for missing)`);
    }

    const unit = cell('unit')?.trim() ?? '';
    if (def && unit !== '' && unit !== def.unit) {
      fail(line, 'unit', `单位应为 ${def.unit}，实际为 ${quoted(unit)}`, `unit of ${metric} is ${def.unit}, not ${quoted(unit)}`);
    }

    const kindText = cell('row_kind')?.trim() ?? '';
    const rowKind = (kindText === '' ? 'agent' : kindText) as RowKind;
    if (!ROW_KINDS.includes(rowKind)) {
      fail(line, 'row_kind', `行类型无效 ${quoted(kindText)}（可选：${ROW_KINDS.join(', ')}）`, `invalid row kind ${quoted(kindText)} (one of ${ROW_KINDS.join(', ')})`);
    }

    const sourceText = unguardCell(cell('source')?.trim() ?? '').trim();
    const sourceKey = sourceText === '' ? CSV_IMPORT_SOURCE_KEY : sourceText;
    if (sourceKey.length > TABLE_KEY_MAX_LENGTH) fail(line, 'source', '来源过长', 'source too long');

    const consoleText = cell('console')?.trim() ?? '';
    let consoleId: ConsoleId = consoleOfSourceKey(sourceKey);
    if (consoleText !== '') {
      if (isConsoleId(consoleText)) consoleId = consoleText;
      else fail(line, 'console', `未知控制台 ${quoted(consoleText)}`, `unknown console ${quoted(consoleText)}`);
    }

    const capturedText = cell('captured_at')?.trim() ?? '';
    let capturedAt: string | null = null;
    if (capturedText !== '') {
      if (isIsoTimestamp(capturedText)) capturedAt = new Date(capturedText).toISOString();
      else fail(line, 'captured_at', `时间戳无效 ${quoted(capturedText)}`, `invalid timestamp ${quoted(capturedText)}`);
    }

    const guessedText = cell('period_guessed')?.trim().toLowerCase() ?? '';
    if (!['', 'true', 'false'].includes(guessedText)) {
      fail(line, 'period_guessed', `应为 true 或 false，实际为 ${quoted(guessedText)}`, `expected true or false, found ${quoted(guessedText)}`);
    }

    if (errors.length > before) continue;
    // Two rows for one stored key would silently keep only the last; the file is ambiguous, so say so.
    const key = valueId(sourceKey, periodStart, periodEnd, label, metric);
    const first = seen.get(key);
    if (first !== undefined) {
      fail(line, 'agent', `与第 ${first} 行重复（同一来源、周期、客服、指标）`, `duplicates line ${first} (same source, period, agent and metric)`);
      continue;
    }
    seen.set(key, line);
    rows.push({ line, periodStart, periodEnd, label, metric, value, rowKind, sourceKey, console: consoleId, capturedAt, periodGuessed: guessedText === 'true' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
