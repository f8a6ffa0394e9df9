import { describe, expect, it } from 'vitest';
import { METRICS, metricById } from '../../../lib/model/metric-catalog';
import { AGENT_HEADERS, DATE_HEADERS, IGNORED_HEADERS } from '../../../lib/metrics/header-vocabulary';
import { chromeMessages } from '../../tools/locale-files';
import { normalizeHeader } from '../../../lib/metrics/normalize-header';

// Metric names are locale keys metric_<id> (lib/i18n/locales), in every language.
const [zh, en] = await Promise.all([chromeMessages('zh_CN'), chromeMessages('en')]);
const METRIC_LABELS: Record<string, { zh: string; en: string }> = Object.fromEntries(
  Object.keys(zh)
    .filter((key) => key.startsWith('metric_'))
    .map((key) => [key.slice('metric_'.length), { zh: zh[key]!.message, en: en[key]!.message }]),
);

// The ids, units, directions, roles, kinds, names, benchmark labels and markers are checked against
// docs/metrics.md itself in catalog-doc.test.ts; this file checks what the document does not say.

describe('METRICS', () => {
  it.each(METRICS.map((m) => [m.id, m] as const))('%s has labels in both languages and names; its Chinese label is one of its names', (id, m) => {
    const labels = METRIC_LABELS[id]!;
    expect(labels.zh.length).toBeGreaterThan(0);
    expect(labels.en).toMatch(/^[A-Z0-9][A-Za-z0-9 ()-]+$/);
    expect(m.names.length).toBeGreaterThan(0);
    expect(m.names.map(normalizeHeader)).toContain(normalizeHeader(labels.zh));
  });

  it('labels exist for exactly the catalog ids', () => {
    expect(Object.keys(METRIC_LABELS).sort()).toEqual(METRICS.map((m) => m.id).sort());
  });

  it('metricById of an unknown id is undefined', () => {
    expect(metricById('nope')).toBeUndefined();
    expect(metricById('')).toBeUndefined();
  });

  it('ids are unique and snake_case', () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('labels are unique in both languages', () => {
    const labels = Object.values(METRIC_LABELS);
    expect(new Set(labels.map((l) => l.zh)).size).toBe(METRICS.length);
    expect(new Set(labels.map((l) => l.en)).size).toBe(METRICS.length);
  });

  it('no two header names (agent, ignored, date, metric) normalise to the same key', () => {
    const owner = new Map<string, string>();
    const claim = (name: string, who: string) => {
      const key = normalizeHeader(name);
      expect(key, name).not.toBe('');
      const prev = owner.get(key);
      if (prev !== undefined && prev !== who) throw new Error(`${name} → ${key} claimed by ${prev} and ${who}`);
      owner.set(key, who);
    };
    for (const m of METRICS) [...m.names, m.id].forEach((n) => claim(n, m.id));
    AGENT_HEADERS.forEach((n) => claim(n, 'agent'));
    IGNORED_HEADERS.forEach((n) => claim(n, 'ignore'));
    DATE_HEADERS.forEach((n) => claim(n, 'date'));
  });
});
