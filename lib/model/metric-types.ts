/** The domain contract of docs/metrics.md, as types. Metric ids never change. */

export type Unit = 'percent' | 'seconds' | 'duration' | 'yuan' | 'count' | 'ratio';
export type Direction = 'up' | 'down' | 'neutral';
export type MetricRole = 'presale' | 'aftersale' | 'both';
export type MetricKind = 'basic' | 'incentive' | 'volume' | 'none';

export interface MetricDef {
  id: string;
  /** Header names and synonyms as consoles print them (already normalised or not: matching normalises). */
  names: readonly string[];
  unit: Unit;
  direction: Direction;
  role: MetricRole;
  kind: MetricKind;
}

/** Agent rows and the benchmark rows consoles print beside them. */
export type RowKind = 'agent' | 'team_total' | 'team_average' | 'peer_average' | 'peer_top';
export const ROW_KINDS: readonly RowKind[] = ['agent', 'team_total', 'team_average', 'peer_average', 'peer_top'];

/** What a unit written in a header says about bare numbers in its cells. */
export type HeaderUnitHint = 'seconds' | 'minutes' | 'hours' | 'fen' | 'yuan' | 'percent' | 'count';

/** Where the text comes from: file exports write rates as decimals (0.4567 = 45.67%), pages do not. */
export type ValueContext = 'page' | 'file';

export type HeaderMatch =
  | { type: 'agent' }
  | { type: 'metric'; metricId: string; unitHint: HeaderUnitHint | null }
  | { type: 'ignore' }
  | { type: 'date' }
  | { type: 'unknown' };

export type ParsedValue =
  | { kind: 'value'; value: number }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string };

/**
 * Why a column of a table was not stored: its header names no metric of the catalog, another column of
 * the same table already landed on its metric (two columns never share an id: the first is kept), or it
 * is a known non-metric column (序号, 操作, a date column, a checkbox).
 */
export type LeftOutReason = 'unrecognised' | 'duplicate_metric' | 'not_a_metric';
export const LEFT_OUT_REASONS: readonly LeftOutReason[] = ['unrecognised', 'duplicate_metric', 'not_a_metric'];

export interface LeftOutColumn {
  /** The header text as printed (leaf text of a grouped header). */
  header: string;
  reason: LeftOutReason;
  /** For duplicate_metric: the metric both columns name, and the header of the column that was kept. */
  metricId?: string;
  keptHeader?: string;
}
