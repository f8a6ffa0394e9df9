import type { AgentRole, CommissionItem, Grade, KpiScheme, SchemeMetric, SchemeVersion } from '../analysis';
import type { IssueText } from '../model/schemas';
import { metricById, type Unit } from '../model';
import { displayText, fromDisplayNumber, parseNumberText, plainNumberText } from './display-units';

/**
 * The scheme as the editor holds it: numbers as the text in their inputs, in display units, so a half
 * typed value ("98.", "") is kept as typed. `uid`s give rows stable React keys while rows move.
 * `schemeFromDraft` turns it back into a KpiScheme in canonical units, or into the problems found.
 */

export interface MetricRowDraft {
  uid: string;
  metric: string;
  kind: SchemeMetric['kind'];
  target: string;
  worst: string;
  best: string;
  weight: string;
}

export interface GradeDraft {
  uid: string;
  name: string;
  minScore: string;
}

export interface CommissionDraft {
  uid: string;
  metric: string;
  mode: CommissionItem['mode'];
  rate: string;
}

export interface VersionDraft {
  uid: string;
  effectiveFrom: string;
  metrics: MetricRowDraft[];
  grades: GradeDraft[];
  commission: CommissionDraft[];
  commissionScaledByScore: boolean;
}

export interface SchemeDraft {
  role: AgentRole;
  name: string;
  versions: VersionDraft[];
}

export const METRIC_NUMBER_FIELDS = ['target', 'worst', 'best', 'weight'] as const;
export type MetricNumberField = (typeof METRIC_NUMBER_FIELDS)[number];

let uidCounter = 0;
/** A key unique within the page's life; never stored. */
export function nextUid(): string {
  uidCounter += 1;
  return `d${uidCounter}`;
}

/** Unit of a metric id; an id missing from the catalog (an old backup) reads as a plain count. */
export function unitOfMetric(metric: string): Unit {
  return metricById(metric)?.unit ?? 'count';
}

function metricDraft(m: SchemeMetric): MetricRowDraft {
  const unit = unitOfMetric(m.metric);
  return {
    uid: nextUid(),
    metric: m.metric,
    kind: m.kind,
    target: displayText(unit, m.target),
    worst: displayText(unit, m.worst),
    best: displayText(unit, m.best),
    weight: plainNumberText(m.weight),
  };
}

export function versionDraft(v: SchemeVersion): VersionDraft {
  return {
    uid: nextUid(),
    effectiveFrom: v.effectiveFrom,
    metrics: v.metrics.map(metricDraft),
    grades: v.grades.map((g) => ({ uid: nextUid(), name: g.name, minScore: plainNumberText(g.minScore) })),
    // Commission rates are % of money or yuan per unit, both shown as stored.
    commission: v.commission.map((c) => ({ uid: nextUid(), metric: c.metric, mode: c.mode, rate: plainNumberText(c.rate) })),
    commissionScaledByScore: v.commissionScaledByScore,
  };
}

export function draftFromScheme(scheme: KpiScheme): SchemeDraft {
  return { role: scheme.role, name: scheme.name, versions: scheme.versions.map(versionDraft) };
}

export type DraftResult = { ok: true; scheme: KpiScheme } | { ok: false; issues: IssueText[] };

const FIELD_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  target: { zh: '目标值', en: 'target' },
  worst: { zh: '最差值', en: 'worst value' },
  best: { zh: '最佳值', en: 'best value' },
  weight: { zh: '权重', en: 'weight' },
  minScore: { zh: '最低分', en: 'minimum score' },
  rate: { zh: '提成比例', en: 'rate' },
};

function notANumber(path: string, field: string, text: string): IssueText {
  const name = FIELD_NAMES[field] ?? { zh: field, en: field };
  return text.trim() === ''
    ? { path, messageZh: `请填写${name.zh}`, messageEn: `Enter the ${name.en}` }
    : { path, messageZh: `${name.zh}不是数字：“${text.trim()}”`, messageEn: `The ${name.en} is not a number: "${text.trim()}"` };
}

/**
 * Reads every number of the draft and checks what the stored schema cannot know (a commission mode
 * that does not fit its metric's unit). Paths are those of the zod schema (`versions[1].metrics[0].best`),
 * so the editor shows these problems and the schema's own beside the same fields.
 */
export function schemeFromDraft(draft: SchemeDraft): DraftResult {
  const issues: IssueText[] = [];
  const num = (text: string, path: string, field: string): number => {
    const n = parseNumberText(text);
    if (n === null) issues.push(notANumber(path, field, text));
    return n ?? 0;
  };
  const versions = draft.versions.map((v, vi): SchemeVersion => {
    const at = `versions[${vi}]`;
    const metrics = v.metrics.map((m, mi): SchemeMetric => {
      const p = `${at}.metrics[${mi}]`;
      const unit = unitOfMetric(m.metric);
      const canonical = (field: 'target' | 'worst' | 'best') => fromDisplayNumber(unit, num(m[field], `${p}.${field}`, field));
      return { metric: m.metric, kind: m.kind, target: canonical('target'), worst: canonical('worst'), best: canonical('best'), weight: num(m.weight, `${p}.weight`, 'weight') };
    });
    const grades = v.grades.map((g, gi): Grade => ({ name: g.name.trim(), minScore: num(g.minScore, `${at}.grades[${gi}].minScore`, 'minScore') }));
    const commission = v.commission.map((c, ci): CommissionItem => {
      const p = `${at}.commission[${ci}]`;
      const unit = metricById(c.metric)?.unit;
      if (unit && c.mode === 'percent_of' && unit !== 'yuan') {
        issues.push({ path: `${p}.mode`, messageZh: '按比例提成只适用于金额指标（元）', messageEn: 'A percentage commission needs a money metric (yuan)' });
      }
      if (unit && c.mode === 'per_unit' && unit !== 'count') {
        issues.push({ path: `${p}.mode`, messageZh: '按件/人提成只适用于计数指标', messageEn: 'A per-unit commission needs a count metric' });
      }
      return { metric: c.metric, mode: c.mode, rate: num(c.rate, `${p}.rate`, 'rate') };
    });
    return { effectiveFrom: v.effectiveFrom, metrics, grades, commission, commissionScaledByScore: v.commissionScaledByScore };
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, scheme: { role: draft.role, name: draft.name.trim(), versions } };
}

/** The sum of the weights that read as numbers (shown under the table; weights need not add up to 100). */
export function weightSum(rows: readonly MetricRowDraft[]): number {
  let sum = 0;
  for (const r of rows) sum += parseNumberText(r.weight) ?? 0;
  return Math.round(sum * 1e6) / 1e6;
}
