/**
 * The shapes lib/analysis hands to the views (side panel, popup, overlay, options). Plain data: the views
 * format and draw, they do not compute. Values are in each metric's canonical unit (lib/model/metric-types.ts).
 */
import type { RowKind } from '../model';
import type { AgentRole } from './kpi-scheme';

/** A value of a one-day period. Ranges (weeks, months) are never daily points. */
export interface DailyPoint {
  /** ISO date of the day. */
  date: string;
  value: number;
}

/** Where a metric of one agent stands against the scheme in force for the period. */
export interface TargetGap {
  metric: string;
  kind: 'basic' | 'incentive';
  /** null: the agent has no value for this metric in the period (missing is not zero). */
  value: number | null;
  target: number;
  /** value − target, in the metric's unit; null without a value. */
  gap: number | null;
  /** gap as a percentage of |target|; null without a value or with a zero target. */
  gapPercent: number | null;
  /**
   * How far the value is on the wrong side of the target, direction-aware, as a share of |best − worst|:
   * 0 = exactly on target, > 0 = short of it, < 0 = better than it. null without a value.
   */
  shortfall: number | null;
  /** The value meets the target (direction-aware); null without a value. */
  passed: boolean | null;
  /** 0–100 by linear interpolation between worst and best, clamped; null without a value. */
  score: number | null;
  weight: number;
}

/** The metric to work on first: the largest weighted, normalised shortfall. */
export interface WeakestMetric {
  metric: string;
  gap: TargetGap;
  /** shortfall × weight share: the ranking key (higher = weaker). */
  severity: number;
  /** Every metric with a value meets its target; this one has the least margin. */
  meetsTarget: boolean;
}

export interface AgentStanding {
  /** Weighted mean of the metric scores that have values (weights renormalised); null with no values. */
  score: number | null;
  /** Name of the highest grade whose minScore ≤ score; null below every grade or without a score. */
  grade: string | null;
  /** One per metric of the scheme version, in the scheme's order. */
  gaps: TargetGap[];
  basicPassed: number;
  /** Basic metrics that have a value. */
  basicTotal: number;
  /** Weighted score over incentive metrics only. */
  incentiveScore: number | null;
  /** Estimated commission in yuan; null when the version has no commission items or no values for them. */
  commission: number | null;
  weakest: WeakestMetric | null;
}

export interface TrendAlert {
  metric: string;
  /** worsening_run: worse than the day before N days in a row; sharp_drop: latest far worse than its recent average. */
  kind: 'worsening_run' | 'sharp_drop';
  /** The day of the latest point the alert is about. */
  date: string;
  /** Days in the worsening run, or days in the averaging window. */
  periods: number;
  latest: number;
  /** Value at the start of the run, or the recent average. */
  baseline: number;
  /** (latest − baseline) / |baseline| × 100, sign as is (direction decides whether it is worse). */
  changePercent: number;
}

/** An agent after aliases are merged: one person, possibly several captured texts. */
export interface AgentEntry {
  /** Canonical agent text (a profile key, or the captured text when there is no profile). */
  key: string;
  /** key first, then aliases: every captured text whose values are this agent's. */
  labels: string[];
  /** displayName of the profile, else the nickname part of the key (after `店铺:`). */
  name: string;
  role: AgentRole | null;
  /** The role came from the metrics the agent's tables have, not from the manager. */
  roleGuessed: boolean;
  isMe: boolean;
}

export interface AgentDirectory {
  agents: AgentEntry[];
  /** The agent a captured text belongs to, or undefined for benchmark rows and unknown texts. */
  agentOf(label: string): AgentEntry | undefined;
  me: AgentEntry | undefined;
}

export interface BenchmarkRow {
  kind: Exclude<RowKind, 'agent'>;
  label: string;
  /** metric id → value (null = missing). */
  values: Record<string, number | null>;
}

export interface TeamRow {
  agent: AgentEntry;
  /** metric id → value for the period (null = missing); metrics absent from the period are absent. */
  values: Record<string, number | null>;
  /** null when the agent has no role (no scheme applies). */
  standing: AgentStanding | null;
  alerts: TrendAlert[];
}

export interface TeamView {
  period: { start: string; end: string };
  /** Columns: metrics of the schemes first (in scheme order), then the other metrics the period has. */
  metrics: string[];
  rows: TeamRow[];
  benchmarks: BenchmarkRow[];
}

/** A target as a step over time: scheme versions change it. `to` is inclusive; null = still in force. */
export interface TargetStep {
  from: string;
  to: string | null;
  target: number;
}

export interface MetricTrend {
  metric: string;
  points: DailyPoint[];
  /** Team average per day (benchmark rows of kind team_average), for the reference line. */
  teamAverage: DailyPoint[];
  targets: TargetStep[];
  /** Latest daily value against the one before it; null with fewer than two points. */
  change: { previous: number; latest: number; delta: number; deltaPercent: number | null } | null;
}

export interface AgentView {
  agent: AgentEntry;
  /** The latest daily period this agent has values for; null when none. */
  period: { start: string; end: string } | null;
  standing: AgentStanding | null;
  trends: MetricTrend[];
  alerts: TrendAlert[];
}

/** One day of the coverage calendar. */
export interface CoverageDay {
  date: string;
  captured: boolean;
  /** Today or later and not captured: consoles show a day the next day (T+1), so it is not missing yet. */
  future: boolean;
}
