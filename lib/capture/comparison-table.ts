import type { HeaderUnitHint, RowKind, ValueContext } from '../metrics/types';
import { recognizeHeader } from '../metrics/recognize-header';
import { parseCell } from '../metrics/parse-value';
import { rowKindOf, agentKey } from '../metrics/row-kind';
import { metricById } from '../metrics/catalog';
import { mainValueText } from './main-value-text';
import { foldSpaces } from './cell-text';
import type { CapturedRow, CapturedTable, CaptureWarning, TableGrid } from './types';

export interface MetricColumn {
  index: number;
  metricId: string;
  hint: HeaderUnitHint | null;
  header: string;
}

export interface ComparisonLayout {
  agentColumn: number;
  /** One column per metric id; a repeated metric keeps its first column and fills gaps from the others. */
  metricColumns: MetricColumn[][];
}

/**
 * A comparison table has an agent column and at least two recognised metric columns. Returns null for
 * every other table, so the capture leaves them alone.
 */
export function comparisonLayout(headers: readonly string[]): ComparisonLayout | null {
  let agentColumn = -1;
  const byMetric = new Map<string, MetricColumn[]>();
  headers.forEach((header, index) => {
    const match = recognizeHeader(header);
    if (match.type === 'agent' && agentColumn < 0) agentColumn = index;
    else if (match.type === 'metric') {
      const column = { index, metricId: match.metricId, hint: match.unitHint, header };
      const list = byMetric.get(match.metricId);
      if (list) list.push(column);
      else byMetric.set(match.metricId, [column]);
    }
  });
  if (agentColumn < 0 || byMetric.size < 2) return null;
  return { agentColumn, metricColumns: Array.from(byMetric.values()) };
}

/** A label for a row: the agent cell, or a benchmark label in another non-metric cell (合计 under 序号). */
function rowLabel(row: readonly string[], layout: ComparisonLayout, metricIndexes: ReadonlySet<number>): { label: string; kind: RowKind } | null {
  const agentText = agentKey(foldSpaces(row[layout.agentColumn] ?? ''));
  if (agentText !== '') return { label: agentText, kind: rowKindOf(agentText) };
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
  const metricIndexes = new Set(layout.metricColumns.flatMap((cols) => cols.map((c) => c.index)));
  const metrics = layout.metricColumns.map((cols) => cols[0]!.metricId);
  const units = metrics.map((id) => metricById(id)!.unit);
  const headerTexts: Record<string, string> = {};
  for (const cols of layout.metricColumns) headerTexts[cols[0]!.metricId] = cols[0]!.header;

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
      const metricId = metrics[m]!;
      const columns = layout.metricColumns[m]!;
      let value: number | null = null;
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c]!;
        const text = cells[column.index] ?? '';
        let parsed = parseCell(text, units[m]!, column.hint, context);
        // Only a cell that is not a value may carry a change line ("45.67% 较前一日 ↑3.2%"): look for one then.
        if (typeof parsed === 'string' && context === 'page') {
          const main = mainValueText(text);
          if (main !== text) parsed = parseCell(main, units[m]!, column.hint, context);
        }
        if (typeof parsed === 'number') {
          value = parsed;
          break;
        }
        if (parsed !== null) (rowWarnings ??= []).push({ row: labelled.label, metric: metricId, text: foldSpaces(text), reason: parsed });
      }
      // A value found in a duplicate column clears the warnings of the same metric's other columns.
      if (value !== null && rowWarnings) rowWarnings = rowWarnings.filter((w) => w.metric !== metricId);
      values[metricId] = value;
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
  return { metrics, headerTexts, rows, warnings };
}
