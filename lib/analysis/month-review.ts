import type { RowKind } from '../model';
import { agentStanding } from './agent-standing';
import { AGENT_ROLES, type AgentRole } from './agent-roles';
import type { KpiScheme, SchemeVersion } from './kpi-scheme';
import { type MissedDays, missedDays } from './missed-days';
import { monthSchemeVersion } from './month-scheme-version';
import { monthBounds, previousMonth } from './month-window';
import { byScoreDescending } from './score-order';
import { monthRuleOf } from './month-rules';
import type { MonthValue as AggregatedMonthValue } from './month-values';
import { nextGrade, type NextGrade } from './next-grade';
import type { AgentEntry, AgentStanding, DailyPoint, TargetGap } from './types';

/** What judging needs of a month value (month-values.ts builds them; tests write them by hand). */
export type MonthValue = Pick<AggregatedMonthValue, 'value' | 'days' | 'monthDays' | 'approximate' | 'source'>;

/** The volumes behind rates and commission, shown beside the scheme metrics (issue 12). */
export const MONTH_VOLUME_METRICS = ['consult_count', 'reception_count', 'inquiry_count', 'paid_count', 'sales_amount'] as const;

export interface AgentMonthInput {
  agent: AgentEntry;
  /** metric id → the month's value. */
  values: ReadonlyMap<string, MonthValue>;
  /** metric id → the previous month's value (empty when none). */
  previous: ReadonlyMap<string, MonthValue>;
  /** metric id → the month's daily points, to count the days a basic standard was missed. */
  daily: ReadonlyMap<string, readonly DailyPoint[]>;
}

/**
 * A change against the previous month; null when either month has no value. A summed metric (counts,
 * amounts) is compared per day, as its daily means: months differ in length, and this month so far is
 * only part of one.
 */
export interface MonthChange {
  previous: number | null;
  change: number | null;
}

export interface MonthMetricJudgement extends MonthChange {
  metric: string;
  kind: 'basic' | 'incentive';
  month: MonthValue | null;
  /**
   * The month's total is judged per day (its daily mean: total ÷ the days it rests on), because schemes
   * set counts per day (改评数 ≥ 1, 未回复人数 ≤ 2). Then gap.value and the change are daily means.
   */
  perDay: boolean;
  /** Target, gap, pass/fail and score of the value judged (the month value, or its daily mean). */
  gap: TargetGap;
  /** Basic metrics: days missed of days with a value, judged by the month's version. null for incentive. */
  missedDays: MissedDays | null;
}

export interface MonthVolume extends MonthChange {
  metric: string;
  month: MonthValue | null;
  /** Volumes are summed: previous and change are daily means (see MonthChange). */
  perDay: boolean;
}

export interface AgentMonth {
  agent: AgentEntry;
  /** The version judging the month (in force on its first day); null when the agent has no role. */
  version: SchemeVersion | null;
  standing: AgentStanding | null;
  /** One per metric of the version, in scheme order. */
  metrics: MonthMetricJudgement[];
  /** The previous month's score and grade, judged by that month's own version. */
  previousScore: number | null;
  previousGrade: string | null;
  scoreChange: number | null;
  volumes: MonthVolume[];
  nextGrade: NextGrade | null;
}

export interface MonthBenchmark {
  kind: Exclude<RowKind, 'agent'>;
  label: string;
  values: ReadonlyMap<string, MonthValue>;
}

export interface MonthReview {
  month: string;
  first: string;
  last: string;
  /** The version judging the month per role. */
  versions: Record<AgentRole, SchemeVersion>;
  /** By score, best first; unscored last in input order. */
  rows: AgentMonth[];
  /** 团队平均 and the like: carried as they are, never judged. */
  benchmarks: MonthBenchmark[];
}

/** Summed over the month's days (month-rules.ts): judged and compared per day. */
export const isJudgedPerDay = (metric: string): boolean => monthRuleOf(metric).kind === 'sum';

const plain = (values: ReadonlyMap<string, MonthValue>): Map<string, number | null> =>
  new Map([...values].map(([metric, v]) => [metric, v.value]));

/** The values judged: a summed metric's daily mean over the days it rests on, others as they are. */
function judged(values: ReadonlyMap<string, MonthValue>): Map<string, number | null> {
  return new Map(
    [...values].map(([metric, v]) => [metric, v.value !== null && isJudgedPerDay(metric) ? (v.days > 0 ? v.value / v.days : null) : v.value]),
  );
}

/** The metrics of a version judged per day, for nextGrade's wording. */
const perDayMetrics = (version: SchemeVersion): Set<string> => new Set(version.metrics.map((m) => m.metric).filter(isJudgedPerDay));

function change(now: number | null | undefined, before: number | null | undefined): MonthChange {
  const previous = before ?? null;
  return { previous, change: now === null || now === undefined || previous === null ? null : now - previous };
}

/**
 * One agent's month: standing under the version in force on the month's first day (monthSchemeVersion),
 * per scheme metric the month value, target, pass/fail, days the basic standard was missed and the change
 * against the previous month, the volumes, and what it takes to reach the next grade.
 */
export function judgeAgentMonth(input: AgentMonthInput, month: string, schemes: Record<AgentRole, KpiScheme>): AgentMonth {
  const { first, last } = monthBounds(month);
  const totals = plain(input.values);
  const values = judged(input.values);
  const previousTotals = plain(input.previous);
  const previousValues = judged(input.previous);
  const volumes = MONTH_VOLUME_METRICS.map((metric) => ({
    metric,
    month: input.values.get(metric) ?? null,
    perDay: true,
    ...change(values.get(metric), previousValues.get(metric)),
  }));
  const role = input.agent.role;
  if (role === null) {
    return { agent: input.agent, version: null, standing: null, metrics: [], previousScore: null, previousGrade: null, scoreChange: null, volumes, nextGrade: null };
  }
  const version = monthSchemeVersion(schemes[role], month);
  // Commission is paid on the month's totals (销售额 × rate), never on a daily mean.
  const standing = agentStanding(values, version, totals);
  const before =
    input.previous.size > 0 ? agentStanding(previousValues, monthSchemeVersion(schemes[role], previousMonth(month)), previousTotals) : null;
  const metrics = version.metrics.map((m, i): MonthMetricJudgement => ({
    metric: m.metric,
    kind: m.kind,
    month: input.values.get(m.metric) ?? null,
    perDay: isJudgedPerDay(m.metric),
    gap: standing.gaps[i]!,
    missedDays: m.kind === 'basic' ? missedDays(m, input.daily.get(m.metric) ?? [], first, last) : null,
    ...change(values.get(m.metric), previousValues.get(m.metric)),
  }));
  const previousScore = before?.score ?? null;
  return {
    agent: input.agent,
    version,
    standing,
    metrics,
    previousScore,
    previousGrade: before?.grade ?? null,
    scoreChange: standing.score === null || previousScore === null ? null : standing.score - previousScore,
    volumes,
    nextGrade: nextGrade(values, version, perDayMetrics(version)),
  };
}

/** The month review of a team: every agent judged (judgeAgentMonth), benchmark rows carried. */
export function buildMonthReview(input: {
  month: string;
  schemes: Record<AgentRole, KpiScheme>;
  agents: readonly AgentMonthInput[];
  benchmarks: readonly MonthBenchmark[];
}): MonthReview {
  const { month, schemes } = input;
  const { first, last } = monthBounds(month);
  const rows = input.agents.map((a) => judgeAgentMonth(a, month, schemes));
  // Stable: equal scores keep the agents' order.
  rows.sort((a, b) => byScoreDescending(a.standing?.score ?? null, b.standing?.score ?? null));
  return {
    month,
    first,
    last,
    versions: Object.fromEntries(AGENT_ROLES.map((r) => [r, monthSchemeVersion(schemes[r], month)])) as Record<AgentRole, SchemeVersion>,
    rows,
    benchmarks: input.benchmarks.map((b) => ({ ...b })),
  };
}
