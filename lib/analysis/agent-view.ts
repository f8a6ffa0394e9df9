import { format, parseISO, subDays } from 'date-fns';
import type { ValueRecord } from '../model/schemas';
import { METRICS } from '../model';
import { rowKindOf } from '../metrics';
import { agentStanding } from './agent-standing';
import { dailySeries } from './daily-series';
import type { AgentRole, KpiScheme } from './kpi-scheme';
import { schemeVersionAt } from './scheme-version-at';
import { trendAlerts } from './trend-alerts';
import type { AgentEntry, AgentView, DailyPoint, MetricTrend, TargetStep, TrendAlert } from './types';

export interface AgentViewInput {
  agent: AgentEntry;
  /** Values of the agent's texts (agentHistory over agent.labels); only one-day periods are drawn. */
  history: readonly ValueRecord[];
  /**
   * Values of the team-average rows over the same days (teamAverageHistory). Its lines are cached per
   * array, so pass a new array when the data changes (liveQuery does) and never mutate one passed in.
   */
  teamAverage: readonly ValueRecord[];
  schemes: Record<AgentRole, KpiScheme>;
}

const CATALOG_INDEX = new Map(METRICS.map((m, i) => [m.id, i]));

function dayBefore(date: string): string {
  return format(subDays(parseISO(date), 1), 'yyyy-MM-dd');
}

/**
 * The target of `metric` as steps over [first, last]: one step per scheme version that has the metric,
 * each from its effective date (the first version also covers earlier days, as schemeVersionAt judges
 * them) to the day before the next version, clipped to the range. The last version stays open (to null).
 * A version without the metric leaves a hole; neighbours with the same target join into one step.
 */
export function targetSteps(scheme: KpiScheme, metric: string, first: string, last: string): TargetStep[] {
  const steps: TargetStep[] = [];
  let joinable = false;
  scheme.versions.forEach((version, i) => {
    const next = scheme.versions[i + 1];
    const to = next ? dayBefore(next.effectiveFrom) : null;
    const from = i === 0 || version.effectiveFrom < first ? first : version.effectiveFrom;
    const target = version.metrics.find((m) => m.metric === metric)?.target;
    if ((to !== null && to < first) || from > last || target === undefined) {
      joinable = false;
      return;
    }
    const clippedTo = to !== null && to > last ? last : to;
    const previous = steps[steps.length - 1];
    if (joinable && previous && previous.target === target) previous.to = clippedTo;
    else steps.push({ from, to: clippedTo, target });
    joinable = true;
  });
  return steps;
}

/**
 * The team-average lines, kept per input array: the side panel loads the team average once and passes
 * the same array on every agent switch, so a switch only pays for the agent's own history.
 */
const averageCache = new WeakMap<readonly ValueRecord[], Map<string, DailyPoint[]>>();

function teamAverageSeries(values: readonly ValueRecord[]): Map<string, DailyPoint[]> {
  let series = averageCache.get(values);
  if (!series) {
    const kindOf = new Map<string, boolean>();
    const isTeamAverage = (label: string): boolean => {
      let yes = kindOf.get(label);
      if (yes === undefined) kindOf.set(label, (yes = rowKindOf(label) === 'team_average'));
      return yes;
    };
    series = dailySeries(values.filter((v) => isTeamAverage(v.label)));
    averageCache.set(values, series);
  }
  return series;
}

function changeOf(points: readonly DailyPoint[]): MetricTrend['change'] {
  if (points.length < 2) return null;
  const previous = points[points.length - 2]!.value;
  const latest = points[points.length - 1]!.value;
  const delta = latest - previous;
  return { previous, latest, delta, deltaPercent: previous === 0 ? null : (delta / Math.abs(previous)) * 100 };
}

/**
 * One agent over time: a daily trend per metric the agent has (scheme metrics first), each with the
 * team-average line, the target steps and the change against the previous point; the standing and the
 * alerts of the latest day. Linear in the history (a year of 25 metrics is about 9,000 values).
 */
export function buildAgentView(input: AgentViewInput): AgentView {
  const { agent, schemes } = input;
  const own = new Set(agent.labels);
  const series = dailySeries(input.history.filter((v) => own.has(v.label)));

  const average = teamAverageSeries(input.teamAverage);

  let latestDay: string | null = null;
  for (const points of series.values()) {
    const last = points[points.length - 1]!.date;
    if (latestDay === null || last > latestDay) latestDay = last;
  }

  const scheme = agent.role === null ? null : schemes[agent.role];
  const version = scheme && latestDay !== null ? schemeVersionAt(scheme, latestDay) : null;

  // Scheme metrics first: the version judging the latest day, then metrics only older or newer versions have.
  const rank = new Map<string, number>();
  if (scheme) {
    for (const m of version?.metrics ?? []) if (!rank.has(m.metric)) rank.set(m.metric, rank.size);
    for (let i = scheme.versions.length - 1; i >= 0; i--) {
      for (const m of scheme.versions[i]!.metrics) if (!rank.has(m.metric)) rank.set(m.metric, rank.size);
    }
  }
  const offset = rank.size;
  const order = (metric: string) => rank.get(metric) ?? offset + (CATALOG_INDEX.get(metric) ?? METRICS.length);
  const metrics = [...series.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));

  const trends: MetricTrend[] = [];
  const alerts: TrendAlert[] = [];
  const latestValues = new Map<string, number | null>();
  for (const metric of metrics) {
    const points = series.get(metric)!;
    const teamAverage = average.get(metric) ?? [];
    let first = points[0]!.date;
    let last = points[points.length - 1]!.date;
    if (teamAverage.length > 0) {
      if (teamAverage[0]!.date < first) first = teamAverage[0]!.date;
      if (teamAverage[teamAverage.length - 1]!.date > last) last = teamAverage[teamAverage.length - 1]!.date;
    }
    trends.push({
      metric,
      points,
      teamAverage,
      targets: scheme ? targetSteps(scheme, metric, first, last) : [],
      change: changeOf(points),
    });
    const latest = points[points.length - 1]!;
    if (latest.date === latestDay) {
      latestValues.set(metric, latest.value);
      for (const alert of trendAlerts(metric, points)) if (alert.date === latestDay) alerts.push(alert);
    }
  }

  return {
    agent,
    period: latestDay === null ? null : { start: latestDay, end: latestDay },
    standing: version ? agentStanding(latestValues, version) : null,
    trends,
    alerts,
  };
}
