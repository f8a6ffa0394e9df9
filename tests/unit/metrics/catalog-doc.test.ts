import { describe, expect, it } from 'vitest';
import { METRICS, metricById } from '../../../lib/model/metric-catalog';
import { AGENT_HEADERS, BENCHMARK_LABELS, DATE_HEADERS, IGNORED_HEADERS, MISSING_MARKERS } from '../../../lib/metrics/header-vocabulary';
import { compactText, normalizeHeader } from '../../../lib/metrics/normalize-header';
import { recognizeHeader } from '../../../lib/metrics/recognize-header';
import { rowKindOf } from '../../../lib/metrics/row-kind';
import { parseCell } from '../../../lib/metrics/parse-value';
import { parseMetricsDoc, readMetricsDoc } from './metrics-doc';

// docs/metrics.md is the contract and lib/model/metric-catalog.ts its data: they must agree both ways.
const doc = readMetricsDoc();
const docIds = doc.metrics.map((m) => m.id);
const docNames = doc.metrics.flatMap((m) => m.names.map((name) => [name, m.id] as const));
const sortedKeys = (names: readonly string[]) => [...new Set(names.map(normalizeHeader))].sort();

describe('docs/metrics.md is read', () => {
  it('finds a sizeable table (a parser that reads nothing would pass everything below)', () => {
    expect(doc.metrics.length).toBeGreaterThanOrEqual(50);
    expect(docNames.length).toBeGreaterThanOrEqual(150);
    expect(doc.benchmarkLabels.length).toBeGreaterThanOrEqual(30);
    expect(doc.missingMarkers).toContain('延时统计');
    expect(doc.agentHeaders).toContain('客服昵称');
    expect(doc.ignoredHeaders).toContain('序号');
    expect(doc.dateHeaders).toContain('日期');
  });

  it('drops the *notes* of a names cell and reads the symbols', () => {
    const parsed = parseMetricsDoc(
      '## Metrics\n\n| id | names | unit | dir | role | kind |\n|---|---|---|---|---|---|\n' +
        '| `a_b` | 甲, 乙(全天) *(a note, with a comma)* | percent | ↓ | 售后 | · |\n' +
        '## The agent column and the row kinds\n\n- Agent column headers: `客服`.\n' +
        '  | `team_total` | `合计` |\n- Columns that are neither agent nor metric: `序号`\n- Date columns: `日期`\n' +
        'Missing markers: `-`, `--`.\n',
    );
    expect(parsed.metrics).toEqual([{ id: 'a_b', names: ['甲', '乙(全天)'], unit: 'percent', direction: 'down', role: 'aftersale', kind: 'none' }]);
    expect(parsed.benchmarkLabels).toEqual([['合计', 'team_total']]);
    expect(parsed.missingMarkers).toEqual(['-', '--']);
  });

  it('throws on a symbol it does not know, instead of checking nothing', () => {
    expect(() => parseMetricsDoc('## Metrics\n| `x` | 甲 | percent | ↗ | both | basic |\n')).toThrow(/direction/);
  });
});

describe('metric ids, units, directions, roles and kinds', () => {
  it('every id of the doc is in the catalog and every catalog id in the doc', () => {
    expect(new Set(docIds).size).toBe(docIds.length);
    expect(METRICS.map((m) => m.id).sort()).toEqual([...docIds].sort());
  });

  it.each(doc.metrics)('$id: $unit, $direction, $role, $kind', ({ id, unit, direction, role, kind }) => {
    const m = metricById(id);
    expect(m).toBeDefined();
    expect({ unit: m!.unit, direction: m!.direction, role: m!.role, kind: m!.kind }).toEqual({ unit, direction, role, kind });
  });
});

describe('header names', () => {
  it.each(docNames)('doc name %s is recognised as %s', (name, id) => {
    const match = recognizeHeader(name);
    expect(match.type === 'metric' && match.metricId).toBe(id);
  });

  it.each(doc.metrics)('every catalog name of $id is in the doc', ({ id, names }) => {
    // Compared after normalisation: the doc may write 客服销售额（元） where the catalog has 客服销售额.
    const inDoc = new Set(names.map(normalizeHeader));
    const missing = metricById(id)!.names.filter((n) => !inDoc.has(normalizeHeader(n)));
    expect(missing, `add to docs/metrics.md or remove from the catalog`).toEqual([]);
  });
});

describe('benchmark labels, missing markers, agent, ignored and date headers', () => {
  it.each(doc.benchmarkLabels)('benchmark %s is %s', (label, kind) => {
    expect(BENCHMARK_LABELS[label]).toBe(kind);
    expect(rowKindOf(label)).toBe(kind);
  });

  it('every benchmark label of the catalog is in the doc', () => {
    expect(Object.keys(BENCHMARK_LABELS).sort()).toEqual(doc.benchmarkLabels.map(([l]) => l).sort());
  });

  it('missing markers agree both ways (the catalog adds the empty cell)', () => {
    const fold = (m: string) => compactText(m).toLowerCase();
    const docMarkers = [...new Set(doc.missingMarkers.map(fold))].sort();
    expect([...new Set(MISSING_MARKERS.filter((m) => m !== ''))].sort()).toEqual(docMarkers);
    expect(MISSING_MARKERS).toContain('');
    for (const marker of doc.missingMarkers) expect(parseCell(marker, 'percent', null, 'page'), marker).toBeNull();
  });

  it('agent headers agree both ways and are recognised as the agent column', () => {
    expect(sortedKeys(AGENT_HEADERS)).toEqual(sortedKeys(doc.agentHeaders));
    for (const h of doc.agentHeaders) expect(recognizeHeader(h), h).toEqual({ type: 'agent' });
  });

  it('ignored (non-metric) headers agree both ways', () => {
    expect(sortedKeys(IGNORED_HEADERS)).toEqual(sortedKeys(doc.ignoredHeaders));
    for (const h of doc.ignoredHeaders) expect(recognizeHeader(h), h).toEqual({ type: 'ignore' });
  });

  it('date headers agree both ways', () => {
    expect(sortedKeys(DATE_HEADERS)).toEqual(sortedKeys(doc.dateHeaders));
    for (const h of doc.dateHeaders) expect(recognizeHeader(h), h).toEqual({ type: 'date' });
  });
});
