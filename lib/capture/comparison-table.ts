import type { HeaderUnitHint, LeftOutColumn, RowKind, ValueContext } from '../model/metric-types';
import { recognizeHeader } from '../metrics/recognize-header';
import { normalizeHeader } from '../metrics/normalize-header';
import { parseCell } from '../metrics/parse-value';
import { rowKindOf, agentKey, isMissingLabel } from '../metrics/row-kind';
import { metricById } from '../model/metric-catalog';
import { LEFT_OUT_HEADER_MAX_LENGTH, MAX_LEFT_OUT_PER_CAPTURE } from '../model/limits';
import { mainValueText } from './main-value-text';
import { foldSpaces } from './cell-text';
import type { CapturedRow, CapturedTable, CaptureWarning, TableGrid } from '../model/capture-types';

export interface MetricColumn {
  index: number;
  metricId: string;
  hint: HeaderUnitHint | null;
  header: string;
}

export interface ComparisonLayout {
  agentColumn: number;
  /** The column read for each metric: the first one naming it. */
  metricColumns: MetricColumn[];
  /** The other columns, with the reason each is not stored. */
  leftOut: LeftOutColumn[];
}

const cut = (header: string) => header.slice(0, LEFT_OUT_HEADER_MAX_LENGTH);

/**
 * A comparison table has an agent column and at least two recognised metric columns. Returns null for
 * every other table, so the capture leaves them alone.
 *
 * Two columns never land on one id (docs/metrics.md): the first column of a metric is the one read and a
 * later column naming the same id is left out as a duplicate, never merged into the first, since the
 * catalog cannot tell which number is meant. Locked-column copies never get here: the grid readers
 * drop them (find-table-groups.ts).
 */
export function comparisonLayout(headers: readonly string[]): ComparisonLayout | null {
  let agentColumn = -1;
  const metricColumns: MetricColumn[] = [];
  const kept = new Map<string, MetricColumn>();
  const leftOut: LeftOutColumn[] = [];
  headers.forEach((header, index) => {
    const match = recognizeHeader(header);
    if (match.type === 'agent' && agentColumn < 0) agentColumn = index;
    else if (match.type === 'metric') {
      const first = kept.get(match.metricId);
      if (first) leftOut.push({ header: cut(header), reason: 'duplicate_metric', metricId: match.metricId, keptHeader: cut(first.header) });
      else {
        const column = { index, metricId: match.metricId, hint: match.unitHint, header };
        kept.set(match.metricId, column);
        metricColumns.push(column);
      }
    } else if (match.type === 'unknown') leftOut.push({ header: cut(header), reason: 'unrecognised' });
    // 序号, 操作, a date or a second agent column; an empty header (checkbox, expander) is not worth naming.
    else if (match.type !== 'ignore' || normalizeHeader(header) !== '') leftOut.push({ header: cut(header), reason: 'not_a_metric' });
  });
  if (agentColumn < 0 || metricColumns.length < 2) return null;
  return { agentColumn, metricColumns, leftOut: leftOut.slice(0, MAX_LEFT_OUT_PER_CAPTURE) };
}

/** A label for a row: the agent cell, or a benchmark label in another non-metric cell (合计 under 序号). */
function rowLabel(row: readonly string[], layout: ComparisonLayout, metricIndexes: ReadonlySet<number>): { label: string; kind: RowKind } | null {
  const agentText = agentKey(foldSpaces(row[layout.agentColumn] ?? ''));
  // A name cell reading 延时统计 or - names nobody; such a row is kept only if another cell says 合计 etc.
  if (!isMissingLabel(agentText)) return { label: agentText, kind: rowKindOf(agentText) };
  for (let i = 0; i < row.length; i++) {
    if (i === layout.agentColumn || metricIndexes.has(i)) continue;
    const text = agentKey(foldSpaces(row[i] ?? ''));
    if (text !== '' && rowKindOf(text) !== 'agent') return { label: text, kind: rowKindOf(text) };
  }
  return null;
}

/** Turns a grid into agent and benchmark rows with canonical values; unparseable cells become warnings. */
export function readComparisonTable(grid: TableGrid, context: ValueContext = 'page', layout = comparisonLayout(grid.headers)): CapturedTable | null {
  if (!layout) return null;
  const columns = layout.metricColumns;
  const metricIndexes = new Set(columns.map((c) => c.index));
  const metrics = columns.map((c) => c.metricId);
  const units = metrics.map((id) => metricById(id)!.unit);
  const headerTexts: Record<string, string> = {};
  for (const c of columns) headerTexts[c.metricId] = c.header;

  const emptyValues: Record<string, number | null> = {};
  for (const id of metrics) emptyValues[id] = null;
  const rows: CapturedRow[] = [];
  const seen = new Map<string, CapturedRow>();
  const warnings: CaptureWarning[] = [];

  for (const cells of grid.footerRows.length > 0 ? [...grid.rows, ...grid.footerRows] : grid.rows) {
    const labelled = rowLabel(cells, layout, metricIndexes);
    if (!labelled) continue;
    // A clone of a template with every metric key: one shape for all rows, no property-by-property growth.
    const values: Record<string, number | null> = { ...emptyValues };
    let rowWarnings: CaptureWarning[] | null = null; // most rows have none: no array for them
    for (let m = 0; m < metrics.length; m++) {
      const column = columns[m]!;
      const text = cells[column.index] ?? '';
      let parsed = parseCell(text, units[m]!, column.hint, context);
      // Only a cell that is not a value may carry a change line ("45.67% 较前一日 ↑3.2%"): look for one then.
      if (typeof parsed === 'string' && context === 'page') {
        const main = mainValueText(text);
        if (main !== text) parsed = parseCell(main, units[m]!, column.hint, context);
      }
      if (typeof parsed === 'string') {
        (rowWarnings ??= []).push({ row: labelled.label, metric: column.metricId, text: foldSpaces(text), reason: parsed });
        parsed = null;
      }
      values[column.metricId] = parsed;
    }
    const earlier = seen.get(labelled.label);
    if (earlier) {
      // The same row twice (a locked copy that slipped through, a re-rendered page): fill gaps only.
      for (const id of metrics) if (earlier.values[id] === null && values[id] !== null) earlier.values[id] = values[id]!;
      continue;
    }
    const row: CapturedRow = { label: labelled.label, kind: labelled.kind, values };
    seen.set(labelled.label, row);
    rows.push(row);
    if (rowWarnings) warnings.push(...rowWarnings);
  }
  return { metrics, headerTexts, rows, warnings, leftOut: layout.leftOut };
}
