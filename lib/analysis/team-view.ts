import { isPreferredValue } from './preferred-value';
import { byScoreDescending } from './score-order';
import type { ValueRecord } from '../model/schemas';
import { METRICS, type RowKind } from '../model';
import { rowKindOf } from '../metrics';
import { agentStanding } from './agent-standing';
import { dailySeries } from './daily-series';
import { AGENT_ROLES, type AgentRole } from './agent-roles';
import type { KpiScheme } from './kpi-scheme';
import { schemeVersionAt } from './scheme-version-at';
import { trendAlerts } from './trend-alerts';
import type { AgentDirectory, AgentEntry, BenchmarkRow, TeamRow, TeamView, TrendAlert } from './types';

export interface TeamViewInput {
  period: { start: string; end: string };
  /** Values of the period (valuesOfPeriod): agents and benchmark rows. */
  periodValues: readonly ValueRecord[];
  /** Daily values of the days up to the period's end (dailyValuesBetween), for the trend alerts. */
  recentDaily: readonly ValueRecord[];
  directory: AgentDirectory;
  schemes: Record<AgentRole, KpiScheme>;
}

const BENCHMARK_ORDER: readonly Exclude<RowKind, 'agent'>[] = ['team_total', 'team_average', 'peer_average', 'peer_top'];
const CATALOG_INDEX = new Map(METRICS.map((m, i) => [m.id, i]));

function keep(into: Map<string, ValueRecord>, v: ValueRecord): void {
  const seen = into.get(v.metric);
  if (!seen || isPreferredValue(v, seen)) into.set(v.metric, v);
}

function valuesRecord(byMetric: Map<string, ValueRecord>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [metric, v] of byMetric) out[metric] = v.value;
  return out;
}

/**
 * Columns: the metrics of the schemes in force for the period (售前 then 售后, scheme order) that the
 * period has, then the period's other metrics in catalog order.
 */
export function columnMetrics(seen: ReadonlySet<string>, schemes: Record<AgentRole, KpiScheme>, date: string): string[] {
  const columns: string[] = [];
  const added = new Set<string>();
  for (const role of AGENT_ROLES) {
    for (const m of schemeVersionAt(schemes[role], date).metrics) {
      if (seen.has(m.metric) && !added.has(m.metric)) {
        added.add(m.metric);
        columns.push(m.metric);
      }
    }
  }
  const rest = [...seen].filter((m) => !added.has(m));
  rest.sort((a, b) => (CATALOG_INDEX.get(a) ?? Infinity) - (CATALOG_INDEX.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  return columns.concat(rest);
}

/**
 * The team view of one period: a row per agent (aliases merged) with the period's values, the standing
 * under the scheme of the agent's role in force at the period's start, and the trend alerts about the
 * period's last day; benchmark rows by kind; rows by score, best first. One pass over the values.
 */
export function buildTeamView(input: TeamViewInput): TeamView {
  const { period, directory, schemes } = input;
  const seen = new Set<string>();
  const agentValues = new Map<AgentEntry, Map<string, ValueRecord>>();
  const benchmarkValues = new Map<string, { kind: Exclude<RowKind, 'agent'>; values: Map<string, ValueRecord> }>();

  for (const v of input.periodValues) {
    seen.add(v.metric);
    const agent = directory.agentOf(v.label);
    if (agent) {
      let into = agentValues.get(agent);
      if (!into) agentValues.set(agent, (into = new Map()));
      keep(into, v);
      continue;
    }
    const kind = rowKindOf(v.label);
    if (kind === 'agent') continue; // a text the directory does not know: nothing to file it under
    let bench = benchmarkValues.get(v.label);
    if (!bench) benchmarkValues.set(v.label, (bench = { kind, values: new Map() }));
    keep(bench.values, v);
  }

  const metrics = columnMetrics(seen, schemes, period.start);
  const column = new Map(metrics.map((m, i) => [m, i]));

  // Daily history per agent that has a row, for the alerts.
  const recent = new Map<AgentEntry, ValueRecord[]>();
  for (const v of input.recentDaily) {
    const agent = directory.agentOf(v.label);
    if (!agent || !agentValues.has(agent)) continue;
    let list = recent.get(agent);
    if (!list) recent.set(agent, (list = []));
    list.push(v);
  }

  const rows: TeamRow[] = [];
  for (const [agent, byMetric] of agentValues) {
    const values = valuesRecord(byMetric);
    const standing =
      agent.role === null
        ? null
        : agentStanding(new Map(Object.entries(values)), schemeVersionAt(schemes[agent.role], period.start));
    const alerts: TrendAlert[] = [];
    for (const [metric, points] of dailySeries(recent.get(agent) ?? [])) {
      for (const alert of trendAlerts(metric, points)) if (alert.date === period.end) alerts.push(alert);
    }
    alerts.sort((a, b) => (column.get(a.metric) ?? Infinity) - (column.get(b.metric) ?? Infinity));
    rows.push({ agent, values, standing, alerts });
  }

  const order = new Map(directory.agents.map((a, i) => [a, i]));
  rows.sort((a, b) => byScoreDescending(a.standing?.score ?? null, b.standing?.score ?? null) || (order.get(a.agent) ?? Infinity) - (order.get(b.agent) ?? Infinity));

  const benchmarks: BenchmarkRow[] = [...benchmarkValues]
    .map(([label, b]) => ({ kind: b.kind, label, values: valuesRecord(b.values) }))
    .sort((a, b) => BENCHMARK_ORDER.indexOf(a.kind) - BENCHMARK_ORDER.indexOf(b.kind) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  return { period: { ...period }, metrics, rows, benchmarks };
}
