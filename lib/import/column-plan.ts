import { metricById, type HeaderUnitHint, type Unit } from '../model';
import { recognizeHeader, compactText } from '../metrics';
import { isDecimalRateColumn } from './decimal-rate';
import { columnLetter, type Grid } from './grid';
import { isRoleHeader } from './role-column';
import type { LeftOutHeader } from './types';

export interface MetricColumn {
  index: number;
  metricId: string;
  unit: Unit;
  /** The unit hint to parse with: the header's, or `percent` for a rate column written in points. */
  hint: HeaderUnitHint | null;
  header: string;
  /** A percent column of decimals (0.4567): parsed as a file ratio, ×100. */
  decimalRate: boolean;
  /**
   * A workbook number in this column is already the canonical value (a count, yuan not in 分, seconds
   * under a seconds header, points under a `(%)` header): what parseCell would answer for its text, read
   * without turning 200,000 numbers into strings. Tested against parseCell (tests/unit/import).
   */
  numbersAsIs: boolean;
}

/** True when parseCell returns a bare number's own value for this unit and hint (see parse-value.ts). */
export function numbersAreCanonical(unit: Unit, hint: HeaderUnitHint | null): boolean {
  switch (unit) {
    case 'count':
    case 'ratio':
      return true;
    case 'yuan':
      return hint !== 'fen';
    case 'seconds':
      return hint === null || hint === 'seconds';
    case 'duration':
      return hint === 'seconds';
    case 'percent':
      return hint === 'percent';
  }
}

export interface ColumnPlan {
  agentColumn: number;
  /** -1 when the sheet has no date column. */
  dateColumn: number;
  /** The column stating each agent's role (旺旺类型), or -1. */
  roleColumn: number;
  /** One column per metric, in header order. */
  metrics: MetricColumn[];
  /** Columns with a header that are not imported, in header order. */
  leftOut: LeftOutHeader[];
}

/**
 * Columns the import knows are no metric although lib/metrics does not list them: the account behind a
 * nickname (抖店 writes `账号名称` beside `客服昵称`). Named as "not a metric", not as unrecognised.
 */
const NOT_METRIC_HEADERS: ReadonlySet<string> = new Set(['账号名称', '客服账号名称', '账号']);

/**
 * Which column is what, from the leaf headers (lib/metrics recognizeHeader: the capture's catalog and
 * code path) and, for rates, the body cells. Two columns never land on one metric id: the first is kept
 * and the second left out as `duplicate_metric` (it never fills the first one's gaps), whatever units
 * their headers state. Every other header that is not imported is listed with its reason; a column
 * without header text (a checkbox, an empty spacer) has nothing to name and is not.
 * Returns null without an agent column or with fewer than two metrics.
 */
export function planColumns(headers: readonly string[], grid: Grid, bodyRow: number): ColumnPlan | null {
  let agentColumn = -1;
  let dateColumn = -1;
  let roleColumn = -1;
  const leftOut: LeftOutHeader[] = [];
  const byMetric = new Map<string, MetricColumn>();

  for (let index = 0; index < headers.length; index++) {
    const header = headers[index]!;
    const column = columnLetter(index);
    if (header.trim() === '') continue;
    if (roleColumn < 0 && isRoleHeader(header)) {
      roleColumn = index;
      continue;
    }
    const match = recognizeHeader(header);
    switch (match.type) {
      case 'agent':
        if (agentColumn < 0) agentColumn = index;
        else leftOut.push({ header, column, reason: 'not_a_metric' });
        break;
      case 'date':
        if (dateColumn < 0) dateColumn = index;
        else leftOut.push({ header, column, reason: 'not_a_metric' });
        break;
      case 'metric': {
        const kept = byMetric.get(match.metricId);
        if (kept) {
          leftOut.push({ header, column, reason: 'duplicate_metric', metricId: match.metricId, keptHeader: kept.header, keptColumn: columnLetter(kept.index) });
          break;
        }
        byMetric.set(match.metricId, {
          index,
          metricId: match.metricId,
          unit: metricById(match.metricId)!.unit,
          hint: match.unitHint,
          header,
          decimalRate: false,
          numbersAsIs: false,
        });
        break;
      }
      case 'unknown':
        leftOut.push({ header, column, reason: NOT_METRIC_HEADERS.has(compactText(header)) ? 'not_a_metric' : 'unrecognised' });
        break;
      case 'ignore':
        leftOut.push({ header, column, reason: 'not_a_metric' });
        break;
    }
  }
  if (agentColumn < 0 || byMetric.size < 2) return null;

  const metrics = [...byMetric.values()].sort((a, b) => a.index - b.index);
  for (const m of metrics) {
    if (m.unit !== 'percent' || m.hint === 'percent') continue;
    // Decided once per column: decimals are ratios (×100), anything else is points, as a `(%)` header says.
    if (isDecimalRateColumn(grid, m.index, bodyRow)) m.decimalRate = true;
    else m.hint = 'percent';
  }
  for (const m of metrics) m.numbersAsIs = numbersAreCanonical(m.unit, m.hint);
  return { agentColumn, dateColumn, roleColumn, metrics, leftOut };
}
