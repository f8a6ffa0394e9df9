import { planColumns } from './column-plan';
import { findHeader } from './find-header';
import { isBlankGrid, type Grid } from './grid';
import { sheetMessages } from './import-messages';
import { readSheet } from './read-sheet';
import { reportPeriod } from './report-period';
import type { SheetPreview } from './types';
import type { Text } from '../model';

/** Body rows whose cells may carry a console's mark (延迟统计) for console detection. */
const MARK_ROWS = 5;

export type SheetOutcome =
  | {
      kind: 'table';
      /** Without sourceKey: that needs the file's console, known once every sheet is read. */
      preview: Omit<SheetPreview, 'sourceKey'>;
      /** Text above the header (titles, notes, 统计时间…), for console detection. */
      titles: string[];
      /** Headers, row labels and the first cells: marks of one console (同行同层, 延迟统计). */
      marks: string[];
    }
  | { kind: 'skipped'; reason: Text; empty: boolean };

/**
 * One sheet → its preview, or why it is skipped (empty, no agent table, no rows under the header):
 * header found by lib/metrics, columns planned (rates per column), body read, period decided.
 */
export function sheetPreview(sheetId: string, sheet: string, fileName: string, grid: Grid, today: string): SheetOutcome {
  if (isBlankGrid(grid)) return { kind: 'skipped', reason: sheetMessages.empty, empty: true };
  const header = findHeader(grid);
  const plan = header && planColumns(header.headers, grid, header.row + 1);
  if (!header || !plan) return { kind: 'skipped', reason: sheetMessages.noAgentTable, empty: false };
  const table = readSheet(grid, header.row + 1, plan, today);
  if (table.rows.length === 0) return { kind: 'skipped', reason: sheetMessages.noRows, empty: false };

  const titles: string[] = [sheet];
  for (let r = 0; r < header.row; r++) for (const cell of grid[r] ?? []) if (typeof cell === 'string' && cell !== '') titles.push(cell);
  const marks: string[] = [...header.headers, ...table.benchmarks.map((b) => b.label)];
  for (let r = header.row + 1; r < Math.min(grid.length, header.row + 1 + MARK_ROWS); r++) {
    for (const cell of grid[r] ?? []) if (typeof cell === 'string' && cell !== '') marks.push(cell);
  }

  return {
    kind: 'table',
    titles,
    marks,
    preview: {
      id: sheetId,
      sheet,
      headerRow: header.row + 1,
      period: reportPeriod(fileName, table.dates),
      agents: table.agents,
      benchmarks: table.benchmarks,
      metrics: plan.metrics.map((m) => (m.unit === 'percent' ? { id: m.metricId, header: m.header, decimalRate: m.decimalRate } : { id: m.metricId, header: m.header })),
      leftOut: plan.leftOut,
      roleColumn: plan.roleColumn >= 0 ? header.headers[plan.roleColumn]! : null,
      roles: table.roles,
      problems: table.problems,
      moreProblems: table.moreProblems,
      valueCount: table.rows.length * plan.metrics.length,
      rows: table.rows,
    },
  };
}
