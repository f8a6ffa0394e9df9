import { format, parseISO, subDays } from 'date-fns';
import { buildAgentDirectory, agentStanding, guessRole, type AgentRole, type KpiScheme, schemeVersionAt, type AgentEntry, type AgentStanding, isPreferredValue } from '../analysis';
import { type KefuDatabase, agentHistory, latestDailyPeriod, loadProfiles, loadSchemes } from '../db';
import type { ValueRecord } from '../model/schemas';

/** "Me" at a glance (popup, overlay): the latest period with my values and how it stands against the scheme. */
export interface MyStanding {
  agent: AgentEntry;
  /** null: nothing captured for me yet. */
  period: { start: string; end: string } | null;
  role: AgentRole | null;
  /** The role came from my tables' metrics, not from a profile. */
  roleGuessed: boolean;
  /** null without a period or without a role. */
  standing: AgentStanding | null;
}

/**
 * The period to judge: the latest day with my values (daily data is what the consoles show by default),
 * unless a range (近7天 …) ends after it: then that range, the one ending last (the shorter on a tie).
 */
export function latestPeriodOf(history: readonly ValueRecord[]): { start: string; end: string } | null {
  let day: string | null = null;
  let range: { start: string; end: string } | null = null;
  for (const v of history) {
    if (v.periodStart === v.periodEnd) {
      if (day === null || v.periodStart > day) day = v.periodStart;
    } else if (!range || v.periodEnd > range.end || (v.periodEnd === range.end && v.periodStart > range.start)) {
      range = { start: v.periodStart, end: v.periodEnd };
    }
  }
  return day !== null && (range === null || range.end <= day) ? { start: day, end: day } : range;
}

/** Metric → value in one period over all my texts: a number beats a missing value, then the later capture. */
export function valuesInPeriod(history: readonly ValueRecord[], labels: readonly string[], period: { start: string; end: string }): Map<string, number | null> {
  const own = new Set(labels);
  const chosen = new Map<string, ValueRecord>();
  for (const v of history) {
    if (!own.has(v.label) || v.periodStart !== period.start || v.periodEnd !== period.end) continue;
    const seen = chosen.get(v.metric);
    if (!seen || isPreferredValue(v, seen)) chosen.set(v.metric, v);
  }
  return new Map([...chosen].map(([metric, v]) => [metric, v.value]));
}

/** Pure: my standing from my history and the schemes. */
export function myStandingFrom(agent: AgentEntry, history: readonly ValueRecord[], schemes: Record<AgentRole, KpiScheme>): MyStanding {
  const own = new Set(agent.labels);
  const mine = history.filter((v) => own.has(v.label));
  const period = latestPeriodOf(mine);
  const guessed = agent.role === null ? guessRole(mine.map((v) => v.metric)) : null;
  const role = agent.role ?? guessed;
  if (!period || role === null) return { agent, period, role, roleGuessed: guessed !== null, standing: null };
  const standing = agentStanding(valuesInPeriod(mine, agent.labels, period), schemeVersionAt(schemes[role], period.start));
  return { agent, period, role, roleGuessed: guessed !== null, standing };
}

/** Days of history read first; older history only when I have nothing in them. */
const RECENT_DAYS = 45;

/** Reads "me" and my recent values: a few index ranges, never the whole values store. null: nobody is "me". */
export async function loadMyStanding(db: KefuDatabase): Promise<MyStanding | null> {
  const profiles = await loadProfiles(db);
  const me = buildAgentDirectory([], profiles).me;
  if (!me) return null;
  const [schemes, latestDay] = await Promise.all([loadSchemes(db), latestDailyPeriod(db)]);
  const from = latestDay ? format(subDays(parseISO(latestDay), RECENT_DAYS), 'yyyy-MM-dd') : undefined;
  let history = await agentHistory(db, me.labels, from);
  if (history.length === 0 && from !== undefined) history = await agentHistory(db, me.labels);
  return myStandingFrom(me, history, schemes);
}
