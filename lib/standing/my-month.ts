import {
  type AgentEntry,
  type AgentMonth,
  type AgentRole,
  buildAgentDirectory,
  guessRole,
  judgeAgentMonth,
  type KpiScheme,
  monthDailyPoints,
  monthSchemeVersion,
  monthValues,
  type MonthWindow,
  monthWindow,
  type PeriodRow,
  previousMonth,
} from '../analysis';
import { type KefuDatabase, loadProfiles, loadSchemes, readMonthRows, rowsOfLabels } from '../db';
import { isoDate } from '../model';

/** "This month so far" for me (popup, badge): score, grade, commission and the way to the next grade. */
export interface MyMonth {
  agent: AgentEntry;
  /** The month shown and the days it rests on (the 1st to yesterday: consoles show T+1). */
  window: MonthWindow;
  /** Today is the 1st: nothing of this month is in yet, so the month shown is the last one. */
  lastMonth: boolean;
  role: AgentRole | null;
  /** The role is a guess (from my tables' metrics or a report's 旺旺类型), not set by the manager. */
  roleGuessed: boolean;
  /** Most days any month value of mine rests on (a whole-month capture: the window's days); 0: no data yet. */
  daysWithData: number;
  /** My month judged against the scheme; null without data in the window or without a role. */
  judged: AgentMonth | null;
}

/** The month to show on `today` (YYYY-MM-DD): this month so far, or the last one on the 1st (no day yet). */
export function myMonthWindow(today: string): { window: MonthWindow; lastMonth: boolean } {
  const current = monthWindow(today.slice(0, 7), today);
  if (current.days > 0) return { window: current, lastMonth: false };
  return { window: monthWindow(previousMonth(current.month), today), lastMonth: true };
}

const metricsOf = (rows: readonly PeriodRow[]): Set<string> => new Set(rows.flatMap((r) => r.metrics));

/**
 * Pure: my month from my rows of the month shown and of the month before (all my texts, as readMonthRows
 * hands them over). The role guess works as for my standing; a guessed role is marked.
 */
export function myMonthFrom(
  agent: AgentEntry,
  window: MonthWindow,
  rows: { month: readonly PeriodRow[]; previous: readonly PeriodRow[] },
  schemes: Record<AgentRole, KpiScheme>,
  lastMonth = false,
): MyMonth {
  const seen = metricsOf(rows.month);
  const seenBefore = metricsOf(rows.previous);
  const guessed = agent.role === null ? guessRole([...seen, ...seenBefore]) : null;
  const role = agent.role ?? guessed;
  // A role a report file stated (the directory's roleHint) is a guess too, not the manager's word.
  const roleGuessed = agent.roleGuessed || guessed !== null;
  // The scheme's metrics too: a rate whose parts were captured gets a value though the rate never was.
  const version = role === null ? null : monthSchemeVersion(schemes[role], window.month);
  const schemeMetrics = version ? [...version.metrics.map((m) => m.metric), ...version.commission.map((c) => c.metric)] : [];
  const values = monthValues(rows.month, window, new Set([...seen, ...schemeMetrics]));
  let daysWithData = 0;
  for (const v of values.values()) if (v.value !== null && v.days > daysWithData) daysWithData = v.days;
  const base = { agent, window, lastMonth, role, roleGuessed, daysWithData };
  if (daysWithData === 0 || role === null || version === null) return { ...base, judged: null };

  // The month before is a whole past month: seen from its successor's 1st, every day of it counts.
  const before = monthWindow(previousMonth(window.month), window.first);
  const previous = monthValues(rows.previous, before, new Set([...seenBefore, ...schemeMetrics]));
  const basic = version.metrics.filter((m) => m.kind === 'basic').map((m) => m.metric);
  const daily = monthDailyPoints(rows.month, window, basic);
  const judged = judgeAgentMonth({ agent: { ...agent, role, roleGuessed }, values, previous, daily }, window.month, schemes);
  return { ...base, judged };
}

/**
 * Reads me and my rows of the month shown and the month before: only my texts, by their [label+month]
 * keys (the badge runs this on every change). null: nobody is "me".
 */
export async function loadMyMonth(db: KefuDatabase, today: string = isoDate(new Date())): Promise<MyMonth | null> {
  const me = buildAgentDirectory([], await loadProfiles(db)).me;
  if (!me) return null;
  const { window, lastMonth } = myMonthWindow(today);
  const before = previousMonth(window.month);
  const [schemes, read] = await Promise.all([loadSchemes(db), readMonthRows(db, [window.month, before], me.labels)]);
  const rows = { month: rowsOfLabels(read.get(window.month), me.labels), previous: rowsOfLabels(read.get(before), me.labels) };
  return myMonthFrom(me, window, rows, schemes, lastMonth);
}
