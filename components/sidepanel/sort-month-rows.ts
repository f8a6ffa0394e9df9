import type { AgentMonth } from '@/lib/analysis';

/** A sortable column of the month table: name, score, commission, or a metric's month value. */
export type MonthSortKey = { column: 'name' } | { column: 'score' } | { column: 'commission' } | { column: 'metric'; metric: string };
export type MonthSortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN', { numeric: true });

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

/**
 * Rows in the requested order; rows without a value (missing is not zero) go last whatever the
 * direction, and ties keep their incoming order (the review's score order).
 */
export function sortMonthRows(rows: readonly AgentMonth[], key: MonthSortKey, direction: MonthSortDirection): AgentMonth[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => {
    if (key.column === 'name') {
      return sign * (collator.compare(a.row.agent.name, b.row.agent.name) || collator.compare(a.row.agent.key, b.row.agent.key)) || a.index - b.index;
    }
    const x = numberOf(a.row, key);
    const y = numberOf(b.row, key);
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    return sign * (x - y) || a.index - b.index;
  });
  return indexed.map(({ row }) => row);
}

export function sameMonthSortKey(a: MonthSortKey, b: MonthSortKey): boolean {
  if (a.column !== b.column) return false;
  return a.column !== 'metric' || (b.column === 'metric' && a.metric === b.metric);
}

/** Same column: flip; a new column: names A→Z, numbers largest first. */
export function nextMonthSort(
  current: { key: MonthSortKey; direction: MonthSortDirection },
  clicked: MonthSortKey,
): { key: MonthSortKey; direction: MonthSortDirection } {
  if (sameMonthSortKey(current.key, clicked)) return { key: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key: clicked, direction: clicked.column === 'name' ? 'ascending' : 'descending' };
}
