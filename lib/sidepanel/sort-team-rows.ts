import type { TeamRow } from '../analysis';

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
export function nextSort(current: { key: TeamSortKey; direction: SortDirection }, clicked: TeamSortKey): { key: TeamSortKey; direction: SortDirection } {
  if (sameSortKey(current.key, clicked)) return { key: clicked, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key: clicked, direction: clicked.column === 'name' ? 'ascending' : 'descending' };
}

export function sameSortKey(a: TeamSortKey, b: TeamSortKey): boolean {
  if (a.column !== b.column) return false;
  return a.column !== 'metric' || (b.column === 'metric' && a.metric === b.metric);
}
