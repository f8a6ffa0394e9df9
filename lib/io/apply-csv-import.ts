import { type KefuDatabase, writeLoggedValues } from '../db';
import { CSV_IMPORT_SOURCE_KEY, valueId, METRICS } from '../model';
import type { CaptureRecord, ValueRecord } from '../model/schemas';
import { parseCsvImport, type CsvImportError, type CsvValueRow } from './import-csv';

export interface ApplyCsvResult {
  /** The capture-log entry recording this import; null when there was nothing to import. */
  captureId: number | null;
  valuesWritten: number;
}

function importLogOf(rows: readonly CsvValueRow[], importedAt: string): Omit<CaptureRecord, 'id'> {
  const metrics = new Set(rows.map((r) => r.metric));
  const agents = new Set(rows.filter((r) => r.rowKind === 'agent').map((r) => r.label));
  const benchmarks = new Set(rows.filter((r) => r.rowKind !== 'agent').map((r) => `${r.rowKind}|${r.label}`));
  let start = rows[0]!.periodStart;
  let end = rows[0]!.periodEnd;
  for (const r of rows) {
    if (r.periodStart < start) start = r.periodStart;
    if (r.periodEnd > end) end = r.periodEnd;
  }
  return {
    origin: 'csv_import',
    capturedAt: importedAt,
    source: { console: 'custom', pageUrl: '', frameUrl: '', tableKey: 'csv' },
    sourceKey: CSV_IMPORT_SOURCE_KEY,
    // The span of all imported periods, for the log; each value keeps its own period.
    period: { start, end, guessed: false, evidence: 'CSV import' },
    metrics: METRICS.map((m) => m.id).filter((id) => metrics.has(id)),
    headerTexts: {},
    agentCount: agents.size,
    benchmarkCount: benchmarks.size,
    valueCount: rows.length,
    warnings: [],
  };
}

/**
 * Writes validated CSV rows in one transaction: one capture-log entry for the import, one value per row
 * (replacing the value stored under the same source, period, agent and metric), and the snapshots of
 * every (source, period) touched. A row keeps its captured_at, so "latest" means the same after a round trip.
 */
export async function applyCsvImport(db: KefuDatabase, rows: readonly CsvValueRow[], importedAt: Date): Promise<ApplyCsvResult> {
  if (rows.length === 0) return { captureId: null, valuesWritten: 0 };
  const log = importLogOf(rows, importedAt.toISOString());
  return db.transaction('rw', [db.valueMonths, db.captures, db.snapshots], () =>
    writeLoggedValues(db, log, (captureId) =>
      rows.map(
        (r): ValueRecord => ({
          id: valueId(r.sourceKey, r.periodStart, r.periodEnd, r.label, r.metric),
          sourceKey: r.sourceKey,
          console: r.console,
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
          periodGuessed: r.periodGuessed,
          label: r.label,
          rowKind: r.rowKind,
          metric: r.metric,
          value: r.value,
          captureId,
          capturedAt: r.capturedAt ?? log.capturedAt,
        }),
      ),
    ),
  );
}

export type ImportCsvResult = ({ ok: true } & ApplyCsvResult) | { ok: false; errors: CsvImportError[] };

/** Parse, then apply only if the whole file is valid: a file with any error changes nothing. */
export async function importCsv(db: KefuDatabase, text: string, importedAt: Date): Promise<ImportCsvResult> {
  const parsed = parseCsvImport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ...(await applyCsvImport(db, parsed.rows, importedAt)) };
}
