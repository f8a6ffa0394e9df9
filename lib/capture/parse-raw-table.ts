import type { ValueContext } from '../model/metric-types';
import type { Capture, CapturedRow, CapturedTable, CaptureWarning, RawCapture, RawTable, TableGrid } from '../model/capture-types';
import { parseCell } from '../metrics/parse-value';
import { rowKindOf } from '../metrics/row-kind';
import { metricById } from '../model/metric-catalog';
import { SHORT_TEXT_MAX_LENGTH } from '../model/limits';
import { mainValueText } from './main-value-text';
import { foldSpaces } from './cell-text';
import { comparisonLayout, readRawTable } from './comparison-table';

/**
 * The background's half of a capture: raw cell texts → canonical values. Unparseable cells become
 * warnings and the rest of the table is kept; a label seen twice (a locked copy that slipped through, a
 * re-rendered page) fills the first row's gaps only. Runs in the service worker, never on the page.
 *
 * The caller has validated the shape (lib/messages/capture-message.ts: one text per metric per row, a
 * hint per metric); an unknown metric id is left to the capture schema, which refuses it by name.
 */
export function parseRawTable(raw: RawTable, context: ValueContext = 'page'): CapturedTable {
  const { metrics, hints } = raw;
  // An unknown id gets the unit 'count' here only so parsing can go on; captureSchema refuses the id.
  const units = metrics.map((id) => metricById(id)?.unit ?? 'count');
  const headerTexts: Record<string, string> = {};
  metrics.forEach((id, m) => (headerTexts[id] = raw.headers[m] ?? ''));

  const emptyValues: Record<string, number | null> = {};
  for (const id of metrics) emptyValues[id] = null;
  const rows: CapturedRow[] = [];
  const seen = new Map<string, CapturedRow>();
  const warnings: CaptureWarning[] = [];

  for (const cells of raw.rows) {
    const label = cells[0]!;
    // A clone of a template with every metric key: one shape for all rows, no property-by-property growth.
    const values: Record<string, number | null> = { ...emptyValues };
    let rowWarnings: CaptureWarning[] | null = null; // most rows have none: no array for them
    for (let m = 0; m < metrics.length; m++) {
      const text = cells[m + 1] ?? '';
      const hint = hints[m] ?? null;
      let parsed = parseCell(text, units[m]!, hint, context);
      // Only a cell that is not a value may carry a change line ("45.67% 较前一日 ↑3.2%"): look for one then.
      if (typeof parsed === 'string' && context === 'page') {
        const main = mainValueText(text);
        if (main !== text) parsed = parseCell(main, units[m]!, hint, context);
      }
      if (typeof parsed === 'string') {
        (rowWarnings ??= []).push({ row: label, metric: metrics[m]!, text: foldSpaces(text).slice(0, SHORT_TEXT_MAX_LENGTH), reason: parsed });
        parsed = null;
      }
      values[metrics[m]!] = parsed;
    }
    const earlier = seen.get(label);
    if (earlier) {
      for (const id of metrics) if (earlier.values[id] === null && values[id] !== null) earlier.values[id] = values[id]!;
      continue;
    }
    const row: CapturedRow = { label, kind: rowKindOf(label), values };
    seen.set(label, row);
    rows.push(row);
    if (rowWarnings) warnings.push(...rowWarnings);
  }
  return { metrics: [...metrics], headerTexts, rows, warnings, leftOut: raw.leftOut };
}

/** A content script's raw capture as the Capture the database stores. */
export function captureOfRaw(raw: RawCapture, context: ValueContext = 'page'): Capture {
  return { ...parseRawTable(raw, context), source: raw.source, period: raw.period };
}

/** A grid read and parsed in one go (tests, tools): the page's half and the background's half chained. */
export function readComparisonTable(grid: TableGrid, context: ValueContext = 'page', layout = comparisonLayout(grid.headers)): CapturedTable | null {
  const raw = readRawTable(grid, layout);
  return raw && parseRawTable(raw, context);
}
