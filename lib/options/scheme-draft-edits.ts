import { METRICS, metricById, isIsoDate } from '../model';
import { nextUid, type CommissionDraft, type GradeDraft, type MetricRowDraft, type SchemeDraft, type VersionDraft } from './scheme-draft';

/**
 * Edits of a scheme draft as plain functions: each returns a new draft and leaves the old one alone,
 * so React sees the change and a test can compare before and after.
 */

export type VersionAdd = { ok: true; draft: SchemeDraft; index: number } | { ok: false; reason: 'invalid-date' | 'duplicate-date' };

/**
 * A new version from `effectiveFrom`, copying the latest version (the one with the latest date: the
 * rules in force last are the best start). Versions stay sorted by date; `index` is the new one's place.
 */
export function addVersion(draft: SchemeDraft, effectiveFrom: string): VersionAdd {
  if (!isIsoDate(effectiveFrom)) return { ok: false, reason: 'invalid-date' };
  if (draft.versions.some((v) => v.effectiveFrom === effectiveFrom)) return { ok: false, reason: 'duplicate-date' };
  const latest = draft.versions.reduce<VersionDraft | undefined>((a, v) => (!a || v.effectiveFrom > a.effectiveFrom ? v : a), undefined);
  const copy: VersionDraft = latest
    ? {
        uid: nextUid(),
        effectiveFrom,
        metrics: latest.metrics.map((m) => ({ ...m, uid: nextUid() })),
        grades: latest.grades.map((g) => ({ ...g, uid: nextUid() })),
        commission: latest.commission.map((c) => ({ ...c, uid: nextUid() })),
        commissionScaledByScore: latest.commissionScaledByScore,
      }
    : { uid: nextUid(), effectiveFrom, metrics: [], grades: [], commission: [], commissionScaledByScore: false };
  const versions = [...draft.versions, copy].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  return { ok: true, draft: { ...draft, versions }, index: versions.indexOf(copy) };
}

/** Removes a version; the last remaining one stays (a scheme has at least one). */
export function removeVersion(draft: SchemeDraft, index: number): SchemeDraft {
  if (draft.versions.length <= 1 || index < 0 || index >= draft.versions.length) return draft;
  return { ...draft, versions: draft.versions.filter((_, i) => i !== index) };
}

export function updateVersion(draft: SchemeDraft, index: number, change: (v: VersionDraft) => VersionDraft): SchemeDraft {
  return { ...draft, versions: draft.versions.map((v, i) => (i === index ? change(v) : v)) };
}

export function updateMetricRow(v: VersionDraft, uid: string, patch: Partial<Omit<MetricRowDraft, 'uid'>>): VersionDraft {
  return { ...v, metrics: v.metrics.map((m) => (m.uid === uid ? { ...m, ...patch } : m)) };
}

/**
 * A new row for the first catalog metric the version lacks, preferring the role's own metrics and
 * scoring kinds; its numbers are left empty for the manager to fill in.
 */
export function addMetricRow(v: VersionDraft, role: 'presale' | 'aftersale'): VersionDraft {
  const used = new Set(v.metrics.map((m) => m.metric));
  const rank = (m: (typeof METRICS)[number]) => (m.role === role ? 0 : m.role === 'both' ? 1 : 2) * 2 + (m.kind === 'basic' || m.kind === 'incentive' ? 0 : 1);
  const candidate = [...METRICS].filter((m) => !used.has(m.id)).sort((a, b) => rank(a) - rank(b))[0] ?? METRICS[0]!;
  const kind = candidate.kind === 'incentive' ? 'incentive' : 'basic';
  const row: MetricRowDraft = { uid: nextUid(), metric: candidate.id, kind, target: '', worst: '', best: '', weight: '10' };
  return { ...v, metrics: [...v.metrics, row] };
}

export function removeMetricRow(v: VersionDraft, uid: string): VersionDraft {
  return { ...v, metrics: v.metrics.filter((m) => m.uid !== uid) };
}

export function addGrade(v: VersionDraft): VersionDraft {
  const grade: GradeDraft = { uid: nextUid(), name: '', minScore: '' };
  return { ...v, grades: [...v.grades, grade] };
}

export function updateGrade(v: VersionDraft, uid: string, patch: Partial<Omit<GradeDraft, 'uid'>>): VersionDraft {
  return { ...v, grades: v.grades.map((g) => (g.uid === uid ? { ...g, ...patch } : g)) };
}

export function removeGrade(v: VersionDraft, uid: string): VersionDraft {
  return { ...v, grades: v.grades.filter((g) => g.uid !== uid) };
}

/** A commission line for a money metric of the version (else the sales amount), as a percentage. */
export function addCommission(v: VersionDraft): VersionDraft {
  const money = v.metrics.find((m) => metricById(m.metric)?.unit === 'yuan')?.metric ?? 'sales_amount';
  const item: CommissionDraft = { uid: nextUid(), metric: money, mode: 'percent_of', rate: '' };
  return { ...v, commission: [...v.commission, item] };
}

export function updateCommission(v: VersionDraft, uid: string, patch: Partial<Omit<CommissionDraft, 'uid'>>): VersionDraft {
  return { ...v, commission: v.commission.map((c) => (c.uid === uid ? { ...c, ...patch } : c)) };
}

export function removeCommission(v: VersionDraft, uid: string): VersionDraft {
  return { ...v, commission: v.commission.filter((c) => c.uid !== uid) };
}
