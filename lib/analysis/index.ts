/**
 * Analysis: values into standings, trends, gaps and scores against the KPI schemes. Pure; no database.
 */
export { buildAgentDirectory } from './agent-directory';
export { type AgentProfile, agentProfileSchema } from './agent-profile';
export { AGENT_ROLES, type AgentRole } from './agent-roles';
export { agentStanding } from './agent-standing';
export { buildAgentView } from './agent-view';
export { coverageCalendar } from './coverage-calendar';
export { guessRole } from './guess-role';
export { type CommissionItem, type Grade, type KpiScheme, kpiSchemeSchema, type SchemeMetric, type SchemeVersion } from './kpi-scheme';
export { type MissedDays } from './missed-days';
export { type AgentMonth, type AgentMonthInput, buildMonthReview, judgeAgentMonth, type MonthBenchmark, type MonthChange, type MonthMetricJudgement, type MonthReview, MONTH_VOLUME_METRICS, type MonthVolume } from './month-review';
export { monthDailyPoints } from './month-daily-points';
export { monthSchemeVersion } from './month-scheme-version';
export { type GradeStep, nextGrade, type NextGrade } from './next-grade';
export { MONTH_RULES, type MonthRatio, type MonthRule, monthRuleOf } from './month-rules';
export { type AppliedMonthRule, type MonthValue, monthValues, type PeriodRow, periodRowsOf } from './month-values';
export { monthBounds, type MonthWindow, monthWindow, previousMonth } from './month-window';
export { isPreferredValue } from './preferred-value';
export { rankGaps } from './rank-gaps';
export { presetScheme } from './scheme-presets';
export { schemeVersionAt } from './scheme-version-at';
export { buildTeamView } from './team-view';
export { type AgentEntry, type AgentStanding, type AgentView, type BenchmarkRow, type MetricTrend, type TargetGap, type TeamRow, type TeamView, type TrendAlert, type WeakestMetric } from './types';
