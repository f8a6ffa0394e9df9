import type { IssueText } from '../model/schemas';
import type { MessageKey } from '../model';
import { metricNameKey } from '../i18n/metric-name-key';
import { text, type Text } from '../model';
import type { SchemeDraft } from './scheme-draft';

/** Where a scheme problem is, in words a manager recognises: "2026-11-01 版 · 回复率 · 最佳值" (parts joined by " · "). */

const FIELDS: Readonly<Record<string, MessageKey>> = {
  metric: 'schemeWhereFieldMetric',
  kind: 'schemeWhereFieldKind',
  target: 'schemeWhereFieldTarget',
  worst: 'schemeWhereFieldWorst',
  best: 'schemeWhereFieldBest',
  weight: 'schemeWhereFieldWeight',
  name: 'schemeWhereFieldName',
  minScore: 'schemeWhereFieldMinScore',
  mode: 'schemeWhereFieldMode',
  rate: 'schemeWhereFieldRate',
  effectiveFrom: 'schemeWhereFieldEffectiveFrom',
};

const PATH = /^versions\[(\d+)\](?:\.(metrics|grades|commission)\[(\d+)\])?(?:\.(\w+))?/;

export interface IssueLocation {
  /** Index of the version the problem is in, or null for the scheme as a whole. */
  version: number | null;
  /** The parts of the place, outside in; a view says each and joins them with " · ". */
  parts: Text[];
}

const metricName = (id: string | undefined): Text | null => {
  const key = metricNameKey(id ?? '');
  return key ? text(key) : null;
};

export function issueLocation(path: string, draft: SchemeDraft): IssueLocation {
  const m = PATH.exec(path);
  if (!m) return { version: null, parts: [text(path === 'name' ? 'schemeWhereName' : 'schemeWhereScheme')] };
  const vi = Number(m[1]);
  const version = draft.versions[vi];
  const parts: Text[] = [version ? text('schemeWhereVersion', version.effectiveFrom) : text('schemeWhereVersionNumber', vi + 1)];
  const [, , list, rowText, field] = m;
  if (list && rowText !== undefined) {
    const row = Number(rowText);
    if (list === 'metrics') {
      parts.push(metricName(version?.metrics[row]?.metric) ?? text('schemeWhereMetricNumber', row + 1));
    } else if (list === 'grades') {
      parts.push(text('schemeWhereGrade', version?.grades[row]?.name.trim() || row + 1));
    } else {
      parts.push(text('schemeWhereCommission', metricName(version?.commission[row]?.metric) ?? row + 1));
    }
  }
  const fieldKey = field ? FIELDS[field] : undefined;
  if (fieldKey) parts.push(text(fieldKey));
  return { version: vi, parts };
}

/** Problems of one field (`versions[0].metrics[2].best`) or, with `prefix`, of anything under a path. */
export function issuesAt(issues: readonly IssueText[], path: string, prefix = false): IssueText[] {
  return issues.filter((i) => i.path === path || (prefix && (i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))));
}
