import Papa from 'papaparse';
import { text } from '../model';
import { guardCell } from './csv-formula-guard';
import { UTF8_BOM } from './export-csv';
import type { ExportCell, ExportTable, Words } from './month-export-table';
import { freezeTopRow, type ZipLibrary } from './xlsx-freeze-top-row';

/**
 * The month review as files for payroll (issue 12): a CSV for any tool and an .xlsx of two sheets (the
 * review and its rules) for Excel and WPS. Numbers stay numbers in both; text never runs as a formula.
 */

export type MonthExportFormat = 'xlsx' | 'csv';

/** `客服月度考核-2026-11.xlsx`, `agent-monthly-review-2026-11.csv`: the month sorts, the words say what it is. */
export function monthExportFileName(month: string, format: MonthExportFormat, words: Words): string {
  return `${words(text('monthExportFileName', month))}.${format}`;
}

/** A number as written (no thousands separators, so -3.5 stays a number), text guarded, missing as ''. */
function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : guardCell(cell);
}

/** UTF-8 with a BOM (Excel reads a CSV without one as the local code page) and CRLF, as Excel writes CSV. */
export function monthCsv(table: ExportTable): string {
  const csv = Papa.unparse(
    { fields: table.header.map(csvCell), data: table.rows.map((r) => r.map(csvCell)) },
    { newline: '\r\n', escapeFormulae: false },
  );
  return UTF8_BOM + csv + '\r\n';
}

/**
 * Characters XML 1.0 forbids (control characters but tab and line breaks, lone surrogates, U+FFFE/FFFF):
 * a nickname holding one would make Excel call the workbook corrupt. They carry no meaning in a name.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (value: string): string => value.replace(NOT_IN_XML, '');

/** Display width in Excel's character units: CJK and full-width characters take two. */
function displayWidth(value: ExportCell): number {
  if (value === null) return 0;
  let width = 0;
  for (const ch of String(value)) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return width;
}

/** Widths that fit the header and the values, within reason (a long note may run over its neighbours). */
function columnWidths(rows: readonly (readonly ExportCell[])[]): { wch: number }[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return widths.map((w) => ({ wch: Math.min(Math.max(w + 2, 6), 40) }));
}

const safeRow = (row: readonly ExportCell[]): ExportCell[] => row.map((c) => (typeof c === 'string' ? xmlSafe(c) : c));

export interface MonthSheetNames {
  review: string;
  rules: string;
}

/**
 * Two sheets (the review, then the rules), numbers as number cells, strings as shared strings (never
 * formulas, so no guard is needed here), widths set, the review's header row frozen and filterable.
 * SheetJS is imported on first use, so it never lands in the side panel's first chunk.
 */
export async function monthXlsx(table: ExportTable, rules: ExportTable, names: MonthSheetNames): Promise<ArrayBuffer> {
  const XLSX = await import('@e965/xlsx');
  const reviewRows = [table.header, ...table.rows].map(safeRow);
  const rulesRows = [rules.header, ...rules.rows].map(safeRow);
  const review = XLSX.utils.aoa_to_sheet(reviewRows);
  review['!cols'] = columnWidths(reviewRows);
  if (table.header.length > 0) {
    // The agents only: sorting or filtering must not mix the benchmark rows below the empty row into them.
    const blankRow = table.rows.findIndex((row) => row.every((cell) => cell === null));
    const agentRows = blankRow === -1 ? table.rows.length : blankRow;
    review['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(agentRows, 1), c: table.header.length - 1 } }) };
  }
  const rulesSheet = XLSX.utils.aoa_to_sheet(rulesRows);
  rulesSheet['!cols'] = columnWidths(rulesRows);
  const book = XLSX.utils.book_new();
  // Sheet names: at most 31 characters and none of : \ / ? * [ ] (Excel's rule).
  XLSX.utils.book_append_sheet(book, review, sheetName(names.review));
  XLSX.utils.book_append_sheet(book, rulesSheet, sheetName(names.rules));
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer;
  return freezeTopRow(XLSX.CFB as ZipLibrary, bytes, 'xl/worksheets/sheet1.xml');
}

const sheetName = (name: string): string => xmlSafe(name).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
