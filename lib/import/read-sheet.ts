import { foldSpaces } from '../capture';
import { LABEL_MAX_LENGTH, type RowKind } from '../model';
import type { AgentRole } from '../analysis';
import { parseCell, parseValue, recognizeHeader, agentKey, rowKindOf } from '../metrics';
import type { ColumnPlan } from './column-plan';
import { dateCellReader, type RowPeriod } from './date-cell';
import { cellText, columnLetter, numberText, type Grid, type GridCell } from './grid';
import { cellMessages } from './import-messages';
import { MAX_LISTED_PROBLEMS } from './limits';
import { roleOfCell } from './role-column';
import type { CellProblem, SheetRow } from './types';

export interface SheetTable {
  rows: SheetRow[];
  agents: string[];
  benchmarks: { label: string; kind: RowKind }[];
  /** The role the role column states per agent (the last stated one), agents in file order. */
  roles: { label: string; role: AgentRole }[];
  problems: CellProblem[];
  moreProblems: number;
  /** The span of the date column's periods, or null without a date column (or without dated rows). */
  dates: { start: string; end: string; days: number } | null;
}

const PROBLEM_TEXT_MAX = 100;

function isEmptyCell(cell: GridCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && (cell === '' || cell.trim() === ''));
}

/**
 * The body under the header → agent and benchmark rows with canonical values (parseCell of lib/metrics,
 * the capture's value grammar, in file context). Cells that are not values become listed problems and
 * are stored as missing, never 0. Skipped: rows without a label, rows whose metric cells are all empty
 * (notes and blank lines under the table), repeated header rows, and — in a sheet with a date column —
 * rows without a readable date or dated after today (listed as problems). A label seen twice in the same
 * period is one row: the later copy only fills the earlier one's gaps, as in capture. A row whose name
 * cell is a missing marker (`延时统计`, `-`) is no agent and is skipped. With a role column (旺旺类型), each
 * agent's stated role is collected.
 */
export function readSheet(grid: Grid, bodyRow: number, plan: ColumnPlan, today: string): SheetTable {
  const metrics = plan.metrics;
  const width = metrics.length;
  const metricIndexes = new Set(metrics.map((m) => m.index));
  const readDate = plan.dateColumn >= 0 ? dateCellReader(today) : null;
  const dateLetter = plan.dateColumn >= 0 ? columnLetter(plan.dateColumn) : '';
  const letters = metrics.map((m) => columnLetter(m.index));

  const rows: SheetRow[] = [];
  /** Rows by period (the date reader shares one object per period) and label, to merge repeats. */
  const byPeriod = new Map<RowPeriod | null, Map<string, SheetRow>>();
  /** A label cell's text repeats once per day in a per-day export: normalised once. */
  const labels = new Map<GridCell, Labelled | null>();
  const agents = new Set<string>();
  const benchmarks = new Map<string, RowKind>();
  const roles = new Map<string, AgentRole>();
  const problems: CellProblem[] = [];
  let moreProblems = 0;
  const samePeriod = new Map<RowPeriod, RowPeriod>();
  const periodByKey = new Map<string, RowPeriod>();
  let first = '';
  let last = '';

  const report = (row: number, column: string, text: string, reason: CellProblem['reason']) => {
    if (problems.length >= MAX_LISTED_PROBLEMS) moreProblems++;
    else problems.push({ row: row + 1, column, text: text.length > PROBLEM_TEXT_MAX ? `${text.slice(0, PROBLEM_TEXT_MAX)}…` : text, reason });
  };

  for (let r = bodyRow; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells || cells.length === 0) continue;
    const agentCell = cells[plan.agentColumn];
    let labelled = agentCell === undefined ? null : labels.get(agentCell);
    if (labelled === undefined) {
      labelled = agentLabel(agentCell!);
      labels.set(agentCell!, labelled);
    }
    // Without an agent text, a benchmark label may sit in another cell (合计 under 序号): rare, not cached.
    if (labelled === null && isEmptyCell(agentCell)) labelled = benchmarkLabel(cells, plan.agentColumn, plan.dateColumn, metricIndexes);
    if (!labelled) continue;
    const { label, kind } = labelled;

    const values = new Array<number | null>(width);
    let empty = 0;
    let pending: { column: string; text: string; reason: CellProblem['reason'] }[] | null = null;
    for (let m = 0; m < width; m++) {
      const column = metrics[m]!;
      const cell = cells[column.index];
      if (isEmptyCell(cell)) {
        values[m] = null;
        empty++;
        continue;
      }
      if (typeof cell === 'number' && column.numbersAsIs && Math.abs(cell) < 1e21) {
        values[m] = cell === 0 ? 0 : cell; // never -0, as parseCell
        continue;
      }
      const text = typeof cell === 'number' ? numberText(cell) : (cell as string);
      const parsed = parseCell(text, column.unit, column.hint, 'file');
      if (typeof parsed === 'number') values[m] = parsed;
      else {
        values[m] = null;
        if (parsed !== null) (pending ??= []).push({ column: letters[m]!, text: foldSpaces(text), reason: cellMessages.invalidValue(column.unit, parsed) });
      }
    }
    // Notes and blank lines below the table, and repeated header rows, hold no metric cell.
    if (empty === width) continue;
    if (label.length > LABEL_MAX_LENGTH) {
      report(r, columnLetter(plan.agentColumn), label, cellMessages.labelTooLong(LABEL_MAX_LENGTH));
      continue;
    }

    let period: RowPeriod | null = null;
    if (readDate) {
      const date = readDate(cells[plan.dateColumn]);
      if (date === 'invalid' || date === 'future') {
        report(r, dateLetter, foldSpaces(cellText(cells[plan.dateColumn])), date === 'future' ? cellMessages.futureDate(today) : cellMessages.invalidDate);
        continue;
      }
      // `2026-11-20` and `2026/11/20` are one day: one period object per distinct period.
      period = samePeriod.get(date) ?? null;
      if (!period) {
        const key = `${date.start}|${date.end}`;
        period = periodByKey.get(key) ?? date;
        periodByKey.set(key, period);
        samePeriod.set(date, period);
      }
    }
    if (pending) for (const p of pending) report(r, p.column, p.text, p.reason);
    if (plan.roleColumn >= 0 && kind === 'agent') {
      const role = roleOfCell(cells[plan.roleColumn]);
      if (role) roles.set(label, role);
    }

    let inPeriod = byPeriod.get(period);
    if (!inPeriod) {
      byPeriod.set(period, (inPeriod = new Map()));
      if (period) {
        if (first === '' || period.start < first) first = period.start;
        if (last === '' || period.end > last) last = period.end;
      }
    }
    const earlier = inPeriod.get(label);
    if (earlier) {
      for (let m = 0; m < width; m++) if (earlier.values[m] === null && values[m] !== null) earlier.values[m] = values[m]!;
      continue;
    }
    const row: SheetRow = { label, kind, period, values };
    inPeriod.set(label, row);
    rows.push(row);
    if (kind === 'agent') agents.add(label);
    else if (!benchmarks.has(label)) benchmarks.set(label, kind);
  }

  return {
    rows,
    agents: [...agents],
    benchmarks: [...benchmarks].map(([label, kind]) => ({ label, kind })),
    roles: [...agents].flatMap((label) => {
      const role = roles.get(label);
      return role ? [{ label, role }] : [];
    }),
    problems,
    moreProblems,
    dates: periodByKey.size > 0 ? { start: first, end: last, days: periodByKey.size } : null,
  };
}

interface Labelled {
  label: string;
  kind: RowKind;
}

/** The label of an agent cell: the text as capture keys it, and its kind. A repeated header is no row. */
function agentLabel(cell: GridCell): Labelled | null {
  const text = agentKey(foldSpaces(cellText(cell)));
  if (text === '') return null;
  // `延时统计` / `-` in the name cell: a row still being computed or a spacer, not an agent called so.
  if (parseValue(text, 'count', null, 'file').kind === 'missing') return null;
  const kind = rowKindOf(text);
  if (kind === 'agent' && recognizeHeader(text).type === 'agent') return null;
  return { label: text, kind };
}

/** A benchmark label written in another non-metric cell of a row without agent text (合计 under 序号). */
function benchmarkLabel(cells: readonly GridCell[], agentColumn: number, dateColumn: number, metricIndexes: ReadonlySet<number>): Labelled | null {
  for (let c = 0; c < cells.length; c++) {
    if (c === agentColumn || c === dateColumn || metricIndexes.has(c)) continue;
    const cell = cells[c];
    if (cell === undefined || typeof cell === 'number' || cell === '') continue;
    const text = agentKey(foldSpaces(cell));
    if (text === '') continue;
    const kind = rowKindOf(text);
    if (kind !== 'agent') return { label: text, kind };
  }
  return null;
}
