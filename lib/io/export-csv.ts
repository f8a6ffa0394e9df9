import Papa from 'papaparse';
import { METRICS, metricById, ROW_KINDS } from '../model';
import type { ValueRecord } from '../model/schemas';
import { CSV_COLUMNS } from './csv-columns';
import { guardCell } from './csv-formula-guard';

/** Excel reads a UTF-8 CSV without a byte order mark as the local code page, which garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

const METRIC_ORDER = new Map(METRICS.map((m, i) => [m.id, i]));
const KIND_ORDER = new Map(ROW_KINDS.map((k, i) => [k, i]));

function compareStrings(a: string, b: string): number {
  // Code-unit order, not locale collation: the same file on every machine.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Period, then agents before benchmark rows (in ROW_KINDS order), then label, then metric in catalog order. */
export function compareExportRows(a: ValueRecord, b: ValueRecord): number {
  return (
    compareStrings(a.periodStart, b.periodStart) ||
    compareStrings(a.periodEnd, b.periodEnd) ||
    (KIND_ORDER.get(a.rowKind) ?? 99) - (KIND_ORDER.get(b.rowKind) ?? 99) ||
    compareStrings(a.label, b.label) ||
    (METRIC_ORDER.get(a.metric) ?? Number.MAX_SAFE_INTEGER) - (METRIC_ORDER.get(b.metric) ?? Number.MAX_SAFE_INTEGER) ||
    compareStrings(a.metric, b.metric) ||
    compareStrings(a.sourceKey, b.sourceKey)
  );
}

/**
 * The values as CSV for Excel/WPS: BOM, CRLF, one row per value (pass latestValues(db) for one row per
 * period, agent and metric), canonical units, missing as an empty cell, never 0.
 */
export function exportCsv(rows: readonly ValueRecord[]): string {
  const data = [...rows].sort(compareExportRows).map((r) => [
    r.periodStart,
    r.periodEnd,
    guardCell(r.label),
    r.metric,
    // String() writes no thousands separators; formula guarding is ours (agent, source), so -3.5 stays a number.
    r.value === null ? '' : String(r.value),
    metricById(r.metric)?.unit ?? '',
    r.rowKind,
    guardCell(r.sourceKey),
    r.console,
    r.capturedAt,
    r.periodGuessed ? 'true' : 'false',
  ]);
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: false });
  return UTF8_BOM + csv + '\r\n';
}
