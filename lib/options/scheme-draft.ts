import type { AgentRole, CommissionItem, Grade, KpiScheme, SchemeMetric, SchemeVersion } from '../analysis';
import type { IssueText } from '../model/schemas';
import { metricById, text, type PlainKey, type Unit } from '../model';
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

type NumberField = 'target' | 'worst' | 'best' | 'weight' | 'minScore' | 'rate';

const FIELD_NAMES: Readonly<Record<NumberField, PlainKey>> = {
  target: 'fieldTarget',
  worst: 'fieldWorst',
  best: 'fieldBest',
  weight: 'fieldWeight',
  minScore: 'fieldMinScore',
  rate: 'fieldRate',
};

function notANumber(path: string, field: NumberField, typed: string): IssueText {
  const name = text(FIELD_NAMES[field]);
  return typed.trim() === '' ? { path, message: text('draftEnterField', name) } : { path, message: text('draftNotANumber', name, typed.trim()) };
}

/**
 * Reads every number of the draft and checks what the stored schema cannot know (a commission mode
 * that does not fit its metric's unit). Paths are those of the zod schema (`versions[1].metrics[0].best`),
 * so the editor shows these problems and the schema's own beside the same fields.
 */
export function schemeFromDraft(draft: SchemeDraft): DraftResult {
  const issues: IssueText[] = [];
  const num = (typed: string, path: string, field: NumberField): number => {
    const n = parseNumberText(typed);
    if (n === null) issues.push(notANumber(path, field, typed));
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
        issues.push({ path: `${p}.mode`, message: text('draftPercentNeedsYuan') });
      }
      if (unit && c.mode === 'per_unit' && unit !== 'count') {
        issues.push({ path: `${p}.mode`, message: text('draftPerUnitNeedsCount') });
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
