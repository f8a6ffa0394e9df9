import type { IssueText } from '../model/schemas/issue-text';
import { METRIC_LABELS } from '../metrics/labels';
import type { SchemeDraft } from './scheme-draft';

/** Where a scheme problem is, in words a manager recognises: "2026-11-01 版 · 回复率 · 最佳值". */

const FIELDS: Readonly<Record<string, { zh: string; en: string }>> = {
  metric: { zh: '指标', en: 'metric' },
  kind: { zh: '类型', en: 'kind' },
  target: { zh: '目标值', en: 'target' },
  worst: { zh: '最差值', en: 'worst' },
  best: { zh: '最佳值', en: 'best' },
  weight: { zh: '权重', en: 'weight' },
  name: { zh: '名称', en: 'name' },
  minScore: { zh: '最低分', en: 'minimum score' },
  mode: { zh: '提成方式', en: 'mode' },
  rate: { zh: '提成比例', en: 'rate' },
  effectiveFrom: { zh: '生效日期', en: 'effective from' },
};

const PATH = /^versions\[(\d+)\](?:\.(metrics|grades|commission)\[(\d+)\])?(?:\.(\w+))?/;

export interface IssueLocation {
  /** Index of the version the problem is in, or null for the scheme as a whole. */
  version: number | null;
  zh: string;
  en: string;
}

export function issueLocation(path: string, draft: SchemeDraft): IssueLocation {
  const m = PATH.exec(path);
  if (!m) {
    if (path === 'name') return { version: null, zh: '方案名称', en: 'Scheme name' };
    return { version: null, zh: '方案', en: 'Scheme' };
  }
  const vi = Number(m[1]);
  const version = draft.versions[vi];
  const zh: string[] = [version ? `${version.effectiveFrom} 版` : `第 ${vi + 1} 版`];
  const en: string[] = [version ? `Version ${version.effectiveFrom}` : `Version ${vi + 1}`];
  const [, , list, rowText, field] = m;
  if (list && rowText !== undefined) {
    const row = Number(rowText);
    if (list === 'metrics') {
      const labels = METRIC_LABELS[version?.metrics[row]?.metric ?? ''];
      zh.push(labels ? labels.zh : `第 ${row + 1} 个指标`);
      en.push(labels ? labels.en : `Metric ${row + 1}`);
    } else if (list === 'grades') {
      const name = version?.grades[row]?.name.trim();
      zh.push(`等级 ${name || row + 1}`);
      en.push(`Grade ${name || row + 1}`);
    } else {
      const labels = METRIC_LABELS[version?.commission[row]?.metric ?? ''];
      zh.push(`提成 ${labels ? labels.zh : row + 1}`);
      en.push(`Commission ${labels ? labels.en : row + 1}`);
    }
  }
  if (field && FIELDS[field]) {
    zh.push(FIELDS[field].zh);
    en.push(FIELDS[field].en);
  }
  return { version: vi, zh: zh.join(' · '), en: en.join(' · ') };
}

/** Problems of one field (`versions[0].metrics[2].best`) or, with `prefix`, of anything under a path. */
export function issuesAt(issues: readonly IssueText[], path: string, prefix = false): IssueText[] {
  return issues.filter((i) => i.path === path || (prefix && (i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))));
}
