import { type AgentRole, type MonthReview, monthRuleOf, type MonthRule, type SchemeVersion } from '../analysis';
import { metricNameKey } from '../i18n/metric-name-key';
import { type Text, text } from '../model';
import { type ExportCell, type ExportTable, exportedMetrics, metricHeader, readableValue, type Words } from './month-export-table';

/**
 * The export's second sheet (issue 12): what the first one rests on. The month and its window (days so far
 * when the month is not over), per role shown the scheme version judging the month (metrics with kind,
 * target, worst, best and weight in the sheet's units; grades; commission items), and per metric shown
 * the rule that built its month value from days (month-rules.ts), so payroll can check any cell.
 */

const ROLE_KEYS = { presale: 'spRolePresale', aftersale: 'spRoleAftersale' } as const;

const nameOf = (metric: string, words: Words): string => {
  const key = metricNameKey(metric);
  return key ? words(text(key)) : metric;
};

/** The days the values rest on at most: a month not over counts only its days so far (MonthWindow.days). */
function windowDays(review: MonthReview): number | null {
  let days: number | null = null;
  const see = (monthDays: number | undefined) => {
    if (monthDays !== undefined && (days === null || monthDays > days)) days = monthDays;
  };
  for (const row of review.rows) {
    for (const m of row.metrics) see(m.month?.monthDays);
    for (const v of row.volumes) see(v.month?.monthDays);
  }
  for (const b of review.benchmarks) for (const v of b.values.values()) see(v.monthDays);
  return days;
}

const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

function windowText(review: MonthReview): Text {
  const monthDays = Number(review.last.slice(8, 10));
  const days = windowDays(review);
  if (days === null || days >= monthDays) return text('monthRulesWholeMonth', monthDays);
  return text('monthRulesSoFar', addDays(review.first, Math.max(days, 1) - 1), days, monthDays);
}

/** A scheme number in the sheet's unit (在线时长 in minutes), as the first sheet writes the values. */
const schemeValue = (metric: string, value: number): number => readableValue(metric, value);

function versionRows(role: AgentRole, version: SchemeVersion, words: Words): ExportCell[][] {
  const w = (key: Parameters<typeof text>[0], ...params: (string | number)[]) => words(text(key, ...params));
  const rows: ExportCell[][] = [
    [w('monthRulesVersion', w(ROLE_KEYS[role])), w('monthRulesEffectiveFrom'), version.effectiveFrom],
    [w('monthRulesColMetric'), w('monthRulesColKind'), w('monthRulesColTarget'), w('monthRulesColWorst'), w('monthRulesColBest'), w('monthRulesColWeight')],
    ...version.metrics.map((m): ExportCell[] => [
      metricHeader(m.metric, words),
      w(m.kind === 'basic' ? 'monthRulesKindBasic' : 'monthRulesKindIncentive'),
      schemeValue(m.metric, m.target),
      schemeValue(m.metric, m.worst),
      schemeValue(m.metric, m.best),
      m.weight,
    ]),
    [w('monthRulesGrades'), w('monthRulesColMinScore')],
    ...[...version.grades].sort((a, b) => b.minScore - a.minScore).map((g): ExportCell[] => [g.name, g.minScore]),
    [w('monthRulesCommission'), w('monthRulesColMode'), w('monthRulesColRate')],
  ];
  if (version.commission.length === 0) rows.push([w('monthRulesNoCommission')]);
  for (const c of version.commission) {
    rows.push([nameOf(c.metric, words), w(c.mode === 'percent_of' ? 'monthRulesModePercent' : 'monthRulesModePerUnit'), c.rate]);
  }
  if (version.commissionScaledByScore) rows.push([w('monthRulesScaled')]);
  return rows;
}

/** The rule in words: sum / highest day / daily mean / n ÷ d, else weighted by v, else a plain mean (approximate). */
export function ruleText(rule: MonthRule): Text {
  switch (rule.kind) {
    case 'sum':
      return text('monthRulesRuleSum');
    case 'max':
      return text('monthRulesRuleMax');
    case 'dailyMean':
      return text('monthRulesRuleDailyMean');
    case 'mean':
      return text('monthRulesRuleMean');
    case 'average': {
      const steps: Text[] = [];
      if (rule.ratio) steps.push(text('monthRulesRuleRatio', metricName(rule.ratio.numerator), metricName(rule.ratio.denominator)));
      for (const v of rule.volumes) {
        const weighted = text('monthRulesRuleWeighted', metricName(v));
        steps.push(rule.volumeIsProxy ? text('monthRulesRuleApproximate', weighted) : weighted);
      }
      steps.push(text('monthRulesRuleMean'));
      return steps.reduceRight((rest, step) => text('monthRulesElse', step, rest));
    }
  }
}

function metricName(metric: string): Text | string {
  const key = metricNameKey(metric);
  return key ? text(key) : metric;
}

/** Sheet 2 of the export: month, window, the versions of the roles shown, and the aggregation rule per metric shown. */
export function monthRulesTable(review: MonthReview, words: Words): ExportTable {
  const w = (key: Parameters<typeof text>[0]) => words(text(key));
  const rows: ExportCell[][] = [
    [w('monthRulesMonth'), review.month],
    [w('monthRulesWindow'), review.first, review.last, words(windowText(review))],
    [words(text('schemeMonthRule'))],
    [],
  ];
  const roles = (Object.keys(review.versions) as AgentRole[]).filter((role) => review.rows.some((r) => r.agent.role === role));
  for (const role of roles) rows.push(...versionRows(role, review.versions[role], words), []);
  rows.push([w('monthRulesAggregation')], [w('monthRulesColMetric'), w('monthRulesColRule'), w('monthRulesColNote')]);
  const shown = exportedMetrics(review).map((m) => m.metric);
  const volumes = (review.rows[0]?.volumes ?? []).map((v) => v.metric).filter((m) => !shown.includes(m));
  for (const metric of [...shown, ...volumes]) {
    const rule = monthRuleOf(metric);
    const perDay = rule.kind === 'sum' && shown.includes(metric);
    rows.push([metricHeader(metric, words), words(ruleText(rule)), perDay ? w('monthRulesJudgedPerDay') : null]);
  }
  rows.push([], [w('monthRulesMissingNote')]);
  return { header: [w('monthRulesTitle')], rows };
}

