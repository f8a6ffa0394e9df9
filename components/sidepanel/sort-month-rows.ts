import type { AgentMonth } from '@/lib/analysis';
import { type SortDirection, sortAgentRows } from './sort-team-rows';

/** A sortable column of the month table: name, score, commission, or a metric's month value. */
export type MonthSortKey = { column: 'name' } | { column: 'score' } | { column: 'commission' } | { column: 'metric'; metric: string };

/** The month value of a metric (scheme metric or volume), null when missing. */
export function monthValueOf(row: AgentMonth, metric: string): number | null {
  return row.metrics.find((m) => m.metric === metric)?.month?.value ?? row.volumes.find((v) => v.metric === metric)?.month?.value ?? null;
}

function numberOf(row: AgentMonth, key: MonthSortKey): number | null {
  if (key.column === 'score') return row.standing?.score ?? null;
  if (key.column === 'commission') return row.standing?.commission ?? null;
  if (key.column === 'metric') return monthValueOf(row, key.metric);
  return null;
}

/** Rows in the requested order (sortAgentRows): missing values last, ties in the review's score order. */
export function sortMonthRows(rows: readonly AgentMonth[], key: MonthSortKey, direction: SortDirection): AgentMonth[] {
  return sortAgentRows(rows, key, direction, numberOf);
}
