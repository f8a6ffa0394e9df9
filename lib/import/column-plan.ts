import { metricById } from '../metrics/catalog';
import { recognizeHeader } from '../metrics/recognize-header';
import type { HeaderUnitHint, Unit } from '../metrics/types';
import { isDecimalRateColumn } from './decimal-rate';
import type { Grid } from './grid';
import { headerMessages } from './import-messages';
import type { IgnoredHeader } from './types';

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
  /** One column per metric, in header order. */
  metrics: MetricColumn[];
  ignored: IgnoredHeader[];
}

/** A header that names its unit as time (`平均响应时间(秒)`) beats a readable duplicate (`1分20秒`). */
function preference(hint: HeaderUnitHint | null): number {
  return hint === 'seconds' || hint === 'minutes' || hint === 'hours' ? 1 : 0;
}

/**
 * Which column is what, from the leaf headers (lib/metrics recognizeHeader: the capture's catalog and
 * code path) and, for rates, the body cells. The same metric in two columns is imported once: the one
 * whose header states a time unit (the `(秒)` column beside a readable one), else the first; the other
 * is listed as ignored. Unknown headers are listed too; row numbers and actions (序号, 操作) are not.
 * Returns null without an agent column or with fewer than two metrics.
 */
export function planColumns(headers: readonly string[], grid: Grid, bodyRow: number): ColumnPlan | null {
  let agentColumn = -1;
  let dateColumn = -1;
  const ignored: IgnoredHeader[] = [];
  const byMetric = new Map<string, MetricColumn>();
  const losers: { header: string; metricId: string }[] = [];

  for (let index = 0; index < headers.length; index++) {
    const header = headers[index]!;
    const match = recognizeHeader(header);
    switch (match.type) {
      case 'agent':
        if (agentColumn < 0) agentColumn = index;
        else ignored.push({ header, reason: headerMessages.secondAgentColumn(headers[agentColumn]!) });
        break;
      case 'date':
        if (dateColumn < 0) dateColumn = index;
        else ignored.push({ header, reason: headerMessages.secondDateColumn(headers[dateColumn]!) });
        break;
      case 'metric': {
        const column: MetricColumn = {
          index,
          metricId: match.metricId,
          unit: metricById(match.metricId)!.unit,
          hint: match.unitHint,
          header,
          decimalRate: false,
          numbersAsIs: false,
        };
        const kept = byMetric.get(match.metricId);
        if (!kept) byMetric.set(match.metricId, column);
        else if (preference(column.hint) > preference(kept.hint)) {
          losers.push({ header: kept.header, metricId: kept.metricId });
          byMetric.set(match.metricId, column);
        } else losers.push({ header, metricId: match.metricId });
        break;
      }
      case 'unknown':
        ignored.push({ header, reason: headerMessages.unknown });
        break;
      case 'ignore':
        break;
    }
  }
  for (const loser of losers) ignored.push({ header: loser.header, reason: headerMessages.duplicate(byMetric.get(loser.metricId)!.header) });
  if (agentColumn < 0 || byMetric.size < 2) return null;

  const metrics = [...byMetric.values()].sort((a, b) => a.index - b.index);
  for (const m of metrics) {
    if (m.unit !== 'percent' || m.hint === 'percent') continue;
    // Decided once per column: decimals are ratios (×100), anything else is points, as a `(%)` header says.
    if (isDecimalRateColumn(grid, m.index, bodyRow)) m.decimalRate = true;
    else m.hint = 'percent';
  }
  for (const m of metrics) m.numbersAsIs = numbersAreCanonical(m.unit, m.hint);
  return { agentColumn, dateColumn, metrics, ignored };
}
