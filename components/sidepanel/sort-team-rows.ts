import type { TeamRow } from '@/lib/analysis';

/** A sortable column of the team table: the agent's name, the score, or a metric id. */
export type TeamSortKey = { column: 'name' } | { column: 'score' } | { column: 'metric'; metric: string };
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function numberOf(row: TeamRow, key: TeamSortKey): number | null {
  if (key.column === 'score') return row.standing?.score ?? null;
  if (key.column === 'metric') return row.values[key.metric] ?? null;
  return null;
}

/**
 * Rows in the requested order; rows without a value (missing is not zero) always go last, whatever the
 * direction, and ties keep their incoming order (the team view's score order).
 */
export function sortTeamRows(rows: readonly TeamRow[], key: TeamSortKey, direction: SortDirection): TeamRow[] {
  return sortAgentRows(rows, key, direction, numberOf);
}

/**
 * Agent rows of any table (team, month) in the requested order: names A→Z by the collator, numbers by
 * `numberOf`; rows without a value go last whatever the direction, and ties keep their incoming order.
 */
export function sortAgentRows<R extends { agent: { name: string; key: string } }, K extends { column: string }>(
  rows: readonly R[],
  key: K,
  direction: SortDirection,
  numberOf: (row: R, key: K) => number | null,
): R[] {
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

/** Same column: flip; a new column: names A→Z, numbers largest first. */
export function nextSort<K extends SortKeyShape>(current: { key: SortKeyShape; direction: SortDirection }, clicked: K): { key: K; direction: SortDirection } {
  if (sameSortKey(current.key, clicked)) return { key: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key: clicked, direction: clicked.column === 'name' ? 'ascending' : 'descending' };
}

/** What nextSort and sameSortKey need of a sort key (the team's and the month's): a column, a metric's id. */
type SortKeyShape = { column: string; metric?: string };

export function sameSortKey(a: SortKeyShape, b: SortKeyShape): boolean {
  if (a.column !== b.column) return false;
  return a.column !== 'metric' || a.metric === b.metric;
}
