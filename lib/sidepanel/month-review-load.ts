import {
  type AgentMonthInput,
  type AgentProfile,
  type AgentRole,
  AGENT_ROLES,
  buildAgentDirectory,
  buildMonthReview,
  type KpiScheme,
  type MonthBenchmark,
  MONTH_VOLUME_METRICS,
  monthDailyPoints,
  type MonthReview,
  monthSchemeVersion,
  type MonthValue,
  monthValues,
  type MonthWindow,
  monthWindow,
  previousMonth,
} from '../analysis';
import { type KefuDatabase, type MonthRows, readMonthRows, rowsOfLabels } from '../db';
import { rowKindOf } from '../metrics';
import type { RowKind } from '../model';

/**
 * The month view's data (issue 12), in two phases: the month itself (first rows), then the previous
 * month's values for the changes. Each phase reads only its month's records (readMonthRows): at 1,000
 * agents a month is ≈0.4 s of IndexedDB, and the rows need not wait for the second.
 */

/** What the first phase read: enough to judge the month, and to add the previous month later. */
export interface MonthData {
  month: string;
  window: MonthWindow;
  /** The metrics computed: the month's scheme metrics (both roles) and the volumes. */
  metrics: string[];
  agents: AgentMonthInput[];
  benchmarks: MonthBenchmark[];
}

const BENCHMARK_ORDER: readonly Exclude<RowKind, 'agent'>[] = ['team_total', 'team_average', 'peer_average', 'peer_top'];

/** The scheme metrics of the versions judging `month` (售前 then 售后), then the volumes. */
export function monthMetrics(month: string, schemes: Record<AgentRole, KpiScheme>): string[] {
  const out = new Set<string>();
  for (const role of AGENT_ROLES) for (const m of monthSchemeVersion(schemes[role], month).metrics) out.add(m.metric);
  for (const v of MONTH_VOLUME_METRICS) out.add(v);
  return [...out];
}

/** Which metrics each text has a row for: the directory guesses a role from them. */
function metricsOfLabels(rows: MonthRows): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [label, list] of rows.byLabel) {
    const metrics = new Set<string>();
    for (const row of list) for (const m of row.metrics) metrics.add(m);
    out.set(label, metrics);
  }
  return out;
}

/** The month's agents (those with a row in it) and benchmark rows, from rows already read. */
export function monthDataOf(
  rows: MonthRows,
  today: string,
  profiles: readonly AgentProfile[],
  schemes: Record<AgentRole, KpiScheme>,
): MonthData {
  const { month } = rows;
  const window = monthWindow(month, today);
  const metrics = monthMetrics(month, schemes);
  const basic = new Set<string>();
  for (const role of AGENT_ROLES) for (const m of monthSchemeVersion(schemes[role], month).metrics) if (m.kind === 'basic') basic.add(m.metric);

  const directory = buildAgentDirectory(rows.byLabel.keys(), profiles, metricsOfLabels(rows));
  const agents: AgentMonthInput[] = [];
  for (const agent of directory.agents) {
    const own = rowsOfLabels(rows, agent.labels);
    if (own.length === 0) continue; // a profile without a row this month
    agents.push({ agent, values: monthValues(own, window, metrics), previous: new Map(), daily: monthDailyPoints(own, window, basic) });
  }
  const benchmarks: MonthBenchmark[] = [];
  for (const label of rows.byLabel.keys()) {
    const kind = rowKindOf(label);
    if (kind === 'agent') continue;
    benchmarks.push({ kind, label, values: monthValues(rowsOfLabels(rows, [label]), window, metrics) });
  }
  benchmarks.sort((a, b) => BENCHMARK_ORDER.indexOf(a.kind) - BENCHMARK_ORDER.indexOf(b.kind) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { month, window, metrics, agents, benchmarks };
}

/** Phase 1: the month read and aggregated, without the previous month. Throws on a malformed month. */
export async function loadMonthData(
  db: KefuDatabase,
  month: string,
  today: string,
  profiles: readonly AgentProfile[],
  schemes: Record<AgentRole, KpiScheme>,
): Promise<MonthData> {
  const read = await readMonthRows(db, [month]);
  return monthDataOf(read.get(month)!, today, profiles, schemes);
}

/** Per agent key, the previous month's values over the same texts (the agents of `data`). */
export type PreviousValues = Map<string, Map<string, MonthValue>>;

/** Phase 2: the previous month's values of the agents of `data`. */
export async function loadPreviousValues(db: KefuDatabase, data: MonthData, today: string): Promise<PreviousValues> {
  const before = previousMonth(data.month);
  const rows = (await readMonthRows(db, [before])).get(before)!;
  const window = monthWindow(before, today);
  const out: PreviousValues = new Map();
  for (const { agent } of data.agents) {
    const own = rowsOfLabels(rows, agent.labels);
    if (own.length > 0) out.set(agent.key, monthValues(own, window, data.metrics));
  }
  return out;
}

/** The review of the month: judged with the previous month's values when given (else no changes yet). */
export function monthReviewOf(data: MonthData, schemes: Record<AgentRole, KpiScheme>, previous?: PreviousValues): MonthReview {
  const agents = previous ? data.agents.map((a) => ({ ...a, previous: previous.get(a.agent.key) ?? new Map<string, MonthValue>() })) : data.agents;
  return buildMonthReview({ month: data.month, schemes, agents, benchmarks: data.benchmarks });
}

/** Both phases at once (tests, the export): the month judged with its changes. */
export async function loadMonthReview(
  db: KefuDatabase,
  month: string,
  today: string,
  profiles: readonly AgentProfile[],
  schemes: Record<AgentRole, KpiScheme>,
): Promise<MonthReview> {
  const data = await loadMonthData(db, month, today, profiles, schemes);
  return monthReviewOf(data, schemes, await loadPreviousValues(db, data, today));
}
