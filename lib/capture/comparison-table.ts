import type { HeaderUnitHint, LeftOutColumn } from '../model/metric-types';
import { recognizeHeader } from '../metrics/recognize-header';
import { normalizeHeader } from '../metrics/normalize-header';
import { rowKindOf, agentKey, isMissingLabel, SPACE_OR_ZERO_WIDTH } from '../metrics/row-kind';
import { LEFT_OUT_HEADER_MAX_LENGTH, MAX_LEFT_OUT_PER_CAPTURE } from '../model/limits';
import { foldSpaces } from './cell-text';
import type { RawRow, RawTable, TableGrid } from '../model/capture-types';

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

/**
 * A row's label: the agent cell, or a benchmark label in another non-metric cell (合计 under 序号). The
 * row's kind is not sent: it follows from the label (rowKindOf), and the background classifies.
 */
function rowLabel(row: readonly string[], layout: ComparisonLayout, metricIndexes: ReadonlySet<number>): string | null {
  const raw = row[layout.agentColumn] ?? '';
  // Most names hold no space or zero-width character: folded only when they do (1,000 rows a capture).
  const agentText = SPACE_OR_ZERO_WIDTH.test(raw) ? agentKey(foldSpaces(raw)) : raw;
  // A name cell reading 延时统计 or - names nobody; such a row is kept only if another cell says 合计 etc.
  if (!isMissingLabel(agentText)) return agentText;
  for (let i = 0; i < row.length; i++) {
    if (i === layout.agentColumn || metricIndexes.has(i)) continue;
    const text = agentKey(foldSpaces(row[i] ?? ''));
    if (text !== '' && rowKindOf(text) !== 'agent') return text;
  }
  return null;
}

/**
 * A grid's comparison table as raw texts: per row its label and each recognised metric's cell, as read.
 * This is all the page does per cell; parsing, warnings and merging repeated rows happen in the
 * background (parse-raw-table.ts), off the console's main thread.
 */
export function readRawTable(grid: TableGrid, layout = comparisonLayout(grid.headers)): RawTable | null {
  if (!layout) return null;
  const columns = layout.metricColumns;
  const width = columns.length;
  const indexes = columns.map((c) => c.index);
  const metricIndexes = new Set(indexes);
  const rows: RawRow[] = [];
  for (const cells of grid.footerRows.length > 0 ? [...grid.rows, ...grid.footerRows] : grid.rows) {
    const label = rowLabel(cells, layout, metricIndexes);
    if (label === null) continue;
    const row = new Array<string>(width + 1) as RawRow;
    row[0] = label;
    for (let m = 0; m < width; m++) row[m + 1] = cells[indexes[m]!] ?? '';
    rows.push(row);
  }
  return {
    metrics: columns.map((c) => c.metricId),
    hints: columns.map((c) => c.hint),
    headers: columns.map((c) => c.header),
    rows,
    leftOut: layout.leftOut,
  };
}
