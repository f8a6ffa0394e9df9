import { buildAgentDirectory, buildTeamView, type TeamView } from '../analysis';
import { type KefuDatabase, capturedPeriods, latestDailyPeriod, valuesOfPeriod, loadProfiles, loadSchemes } from '../db';

/** The manager's glance at the latest period (popup). */
export interface TeamSummary {
  period: { start: string; end: string };
  /** Agents with values in the period (aliases merged). */
  agents: number;
  /** Agents with a scheme who miss at least one basic standard they have a value for. */
  missingBasic: number;
  /** The metric that is most agents' weakest (short of target only); ties go to the earlier column. */
  weakest: { metric: string; agents: number } | null;
}

/** Pure: counts over the team view's rows. */
export function teamSummary(view: TeamView): TeamSummary {
  let missingBasic = 0;
  const weakestCount = new Map<string, number>();
  for (const row of view.rows) {
    const standing = row.standing;
    if (!standing) continue;
    if (standing.basicPassed < standing.basicTotal) missingBasic++;
    const weakest = standing.weakest;
    if (weakest && !weakest.meetsTarget) weakestCount.set(weakest.metric, (weakestCount.get(weakest.metric) ?? 0) + 1);
  }
  const column = (metric: string) => {
    const i = view.metrics.indexOf(metric);
    return i < 0 ? Infinity : i;
  };
  let weakest: TeamSummary['weakest'] = null;
  for (const [metric, agents] of weakestCount) {
    if (!weakest || agents > weakest.agents || (agents === weakest.agents && column(metric) < column(weakest.metric))) weakest = { metric, agents };
  }
  return { period: view.period, agents: view.rows.length, missingBasic, weakest };
}

/** The latest day with a one-day capture; without any, the period that starts last. */
async function latestPeriod(db: KefuDatabase): Promise<{ start: string; end: string } | null> {
  const day = await latestDailyPeriod(db);
  if (day) return { start: day, end: day };
  return (await capturedPeriods(db))[0] ?? null;
}

/** Reads one period's values (an index range) and summarises the team; null when nothing is captured. */
export async function loadTeamSummary(db: KefuDatabase): Promise<TeamSummary | null> {
  const period = await latestPeriod(db);
  if (!period) return null;
  const [periodValues, profiles, schemes] = await Promise.all([valuesOfPeriod(db, period.start, period.end), loadProfiles(db), loadSchemes(db)]);
  const metricsByLabel = new Map<string, Set<string>>();
  for (const v of periodValues) {
    let metrics = metricsByLabel.get(v.label);
    if (!metrics) metricsByLabel.set(v.label, (metrics = new Set()));
    metrics.add(v.metric);
  }
  const directory = buildAgentDirectory(metricsByLabel.keys(), profiles, metricsByLabel);
  return teamSummary(buildTeamView({ period, periodValues, recentDaily: [], directory, schemes }));
}
