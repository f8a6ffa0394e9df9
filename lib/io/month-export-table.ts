import type { AgentMonth, MonthBenchmark, MonthMetricJudgement, MonthReview } from '../analysis';
import { metricNameKey } from '../i18n/metric-name-key';
import { shopOf } from '../metrics';
import { metricById, type PlainKey, type Text, text } from '../model';

/**
 * The month review as a table for payroll (issue 12): one row per agent, then an empty row and the
 * benchmark rows. Every number is a number in the unit people read (percent points, seconds, minutes of
 * online time, yuan), so a clerk can sum and filter it in Excel; missing is an empty cell, never 0.
 */

export type ExportCell = string | number | null;

export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}

/** Words of a message in the UI language (say() of lib/i18n/translate.ts; a stand-in in tests). */
export type Words = (message: Text) => string;

const ROLE_KEYS = { presale: 'spRolePresale', aftersale: 'spRoleAftersale' } as const satisfies Record<string, PlainKey>;

const BENCHMARK_KEYS = {
  team_total: 'spBenchTeamTotal',
  team_average: 'spBenchTeamAverage',
  peer_average: 'spBenchPeerAverage',
  peer_top: 'spBenchPeerTop',
} as const satisfies Record<MonthBenchmark['kind'], PlainKey>;

/** Rounded for the sheet: floats such as 98.20000000000002 would read as noise in a payroll file. */
export const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** A canonical value in the unit people read: 在线时长 (canonical seconds) in minutes, the rest as they are. */
export function readableValue(metric: string, value: number): number {
  return round(metricById(metric)?.unit === 'duration' ? value / 60 : value, 2);
}

/** The metric's name with the unit its numbers are in: `回复率(%)`, `在线时长(分钟)`, `咨询人数`. */
export function metricHeader(metric: string, words: Words): string {
  const key = metricNameKey(metric);
  const name = key ? words(text(key)) : metric;
  switch (metricById(metric)?.unit) {
    case 'percent':
      return words(text('monthExportUnitPercent', name));
    case 'seconds':
      return words(text('monthExportUnitSeconds', name));
    case 'duration':
      return words(text('monthExportUnitMinutes', name));
    case 'yuan':
      return words(text('monthExportUnitYuan', name));
    default:
      return name;
  }
}

/** The metrics of the versions judging the month, union over roles in scheme order, and whether any judges each as basic. */
export function exportedMetrics(review: MonthReview): { metric: string; basic: boolean; perDay: boolean }[] {
  const found = new Map<string, { metric: string; basic: boolean; perDay: boolean }>();
  const rolesShown = new Set(review.rows.map((r) => r.agent.role).filter((r) => r !== null));
  for (const role of Object.keys(review.versions) as (keyof MonthReview['versions'])[]) {
    if (!rolesShown.has(role)) continue;
    for (const m of review.versions[role].metrics) {
      const seen = found.get(m.metric);
      if (seen) seen.basic ||= m.kind === 'basic';
      else found.set(m.metric, { metric: m.metric, basic: m.kind === 'basic', perDay: isSummed(review, m.metric) });
    }
  }
  return [...found.values()];
}

/** Summed metrics are judged per day (month-review.ts); the review's judgements say so. */
function isSummed(review: MonthReview, metric: string): boolean {
  for (const row of review.rows) {
    const j = row.metrics.find((m) => m.metric === metric);
    if (j) return j.perDay;
  }
  return false;
}

interface Column {
  header: string;
  agent: (row: AgentMonth) => ExportCell;
  benchmark: (b: MonthBenchmark) => ExportCell;
}

/** A month value as the review carries it (the analysis index's MonthValue has more fields). */
type MonthValue = NonNullable<MonthMetricJudgement['month']>;

const blank = (): ExportCell => null;
const valueOf = (metric: string, v: MonthValue | null | undefined): ExportCell => (v && v.value !== null ? readableValue(metric, v.value) : null);
const daysOf = (v: MonthValue | null | undefined): ExportCell => (v && v.value !== null ? v.days : null);
const dailyMeanOf = (metric: string, v: MonthValue | null | undefined): ExportCell =>
  v && v.value !== null && v.days > 0 ? readableValue(metric, v.value / v.days) : null;

function metricColumns(metric: string, basic: boolean, perDay: boolean, words: Words): Column[] {
  const name = metricHeader(metric, words);
  const judgement = (row: AgentMonth): MonthMetricJudgement | undefined => row.metrics.find((m) => m.metric === metric);
  const columns: Column[] = [
    { header: name, agent: (r) => valueOf(metric, judgement(r)?.month), benchmark: (b) => valueOf(metric, b.values.get(metric)) },
    { header: words(text('monthExportColDays', name)), agent: (r) => daysOf(judgement(r)?.month), benchmark: (b) => daysOf(b.values.get(metric)) },
  ];
  if (perDay) {
    columns.push({
      header: words(text('monthExportColDailyMean', name)),
      agent: (r) => dailyMeanOf(metric, judgement(r)?.month),
      benchmark: (b) => dailyMeanOf(metric, b.values.get(metric)),
    });
  }
  if (basic) {
    columns.push(
      {
        header: words(text('monthExportColPassed', name)),
        agent: (r) => {
          const j = judgement(r);
          if (j?.kind !== 'basic' || j.gap.passed === null) return null;
          return words(text(j.gap.passed ? 'monthExportYes' : 'monthExportNo'));
        },
        benchmark: blank,
      },
      {
        header: words(text('monthExportColMissedDays', name)),
        // No day judged is no evidence, not "0 days missed".
        agent: (r) => {
          const missed = judgement(r)?.missedDays;
          return missed && missed.judged > 0 ? missed.missed : null;
        },
        benchmark: blank,
      },
    );
  }
  return columns;
}

/** The volumes behind rates and commission not already among the scheme metrics: value and days. */
function volumeColumns(review: MonthReview, shown: ReadonlySet<string>, words: Words): Column[] {
  const volumes = review.rows[0]?.volumes.map((v) => v.metric) ?? [];
  return volumes
    .filter((metric) => !shown.has(metric))
    .flatMap((metric): Column[] => {
      const name = metricHeader(metric, words);
      const month = (r: AgentMonth) => r.volumes.find((v) => v.metric === metric)?.month;
      return [
        { header: name, agent: (r) => valueOf(metric, month(r)), benchmark: (b) => valueOf(metric, b.values.get(metric)) },
        { header: words(text('monthExportColDays', name)), agent: (r) => daysOf(month(r)), benchmark: (b) => daysOf(b.values.get(metric)) },
      ];
    });
}

const nameOf = (metric: string, words: Words): string => {
  const key = metricNameKey(metric);
  return key ? words(text(key)) : metric;
};

/** The agent's shop: the `店铺:` part of its key (as the team view's shop filter splits it); '' for a plain nickname. */
const shopCell = (row: AgentMonth): string => shopOf(row.agent.key) ?? '';

/** Judged metrics and volumes whose month value is a plain mean or rests on a stand-in base. */
function approximateNames(row: AgentMonth, words: Words): string {
  const names = [...row.metrics.map((m) => [m.metric, m.month] as const), ...row.volumes.map((v) => [v.metric, v.month] as const)]
    .filter(([, v]) => v?.approximate === true && v.value !== null)
    .map(([metric]) => nameOf(metric, words));
  return [...new Set(names)].join(words(text('monthExportListJoin')));
}

/**
 * Columns: 店铺, 客服, 岗位; per metric of the versions shown its month value, the days it rests on, the
 * daily mean of a summed metric (what the scheme judges), 达标 and days missed of a basic one; the
 * volumes; then 基础指标达标数 and 基础指标数 (two numbers, not "3/4", which Excel reads as a date),
 * 得分, 等级, 提成, 较上月得分 and the metrics whose value is approximate.
 */
export function monthExportTable(review: MonthReview, words: Words): ExportTable {
  const metrics = exportedMetrics(review);
  const columns: Column[] = [
    { header: words(text('monthExportColShop')), agent: shopCell, benchmark: () => '' },
    { header: words(text('monthExportColAgent')), agent: (r) => r.agent.name, benchmark: (b) => words(text(BENCHMARK_KEYS[b.kind])) },
    {
      header: words(text('monthExportColRole')),
      agent: (r) => words(text(r.agent.role ? ROLE_KEYS[r.agent.role] : 'spRoleUnknown')),
      benchmark: () => '',
    },
    ...metrics.flatMap((m) => metricColumns(m.metric, m.basic, m.perDay, words)),
    ...volumeColumns(review, new Set(metrics.map((m) => m.metric)), words),
    { header: words(text('monthExportColBasicPassed')), agent: (r) => r.standing?.basicPassed ?? null, benchmark: blank },
    { header: words(text('monthExportColBasicTotal')), agent: (r) => r.standing?.basicTotal ?? null, benchmark: blank },
    { header: words(text('monthExportColScore')), agent: (r) => nullableRound(r.standing?.score, 1), benchmark: blank },
    { header: words(text('monthExportColGrade')), agent: (r) => r.standing?.grade ?? null, benchmark: blank },
    { header: words(text('monthExportColCommission')), agent: (r) => nullableRound(r.standing?.commission, 2), benchmark: blank },
    { header: words(text('monthExportColScoreChange')), agent: (r) => nullableRound(r.scoreChange, 1), benchmark: blank },
    { header: words(text('monthExportColApproximate')), agent: (r) => approximateNames(r, words) || null, benchmark: blank },
  ];
  const rows: ExportCell[][] = review.rows.map((r) => columns.map((c) => c.agent(r)));
  if (review.benchmarks.length > 0) {
    rows.push(columns.map(() => null));
    for (const b of review.benchmarks) rows.push(columns.map((c) => c.benchmark(b)));
  }
  return { header: columns.map((c) => c.header), rows };
}

function nullableRound(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : round(value, decimals);
}
