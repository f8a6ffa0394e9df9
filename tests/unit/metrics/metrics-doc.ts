import { readFileSync } from 'node:fs';
import type { Direction, MetricKind, MetricRole, RowKind, Unit } from '../../../lib/model/metric-types';

/**
 * docs/metrics.md read as data, so tests check the catalog against the document instead of a copy of it
 * typed into the tests. Strict on purpose: a table row or a symbol it does not understand throws, so a
 * reshaped document fails the tests rather than quietly checking nothing.
 */

export interface DocMetric {
  id: string;
  names: string[];
  unit: Unit;
  direction: Direction;
  role: MetricRole;
  kind: MetricKind;
}

export interface MetricsDoc {
  metrics: DocMetric[];
  benchmarkLabels: [label: string, kind: RowKind][];
  missingMarkers: string[];
  agentHeaders: string[];
  ignoredHeaders: string[];
  dateHeaders: string[];
}

const UNITS: readonly Unit[] = ['percent', 'seconds', 'duration', 'yuan', 'count', 'ratio'];
const DIRECTIONS: Readonly<Record<string, Direction>> = { '↑': 'up', '↓': 'down', '·': 'neutral' };
const ROLES: Readonly<Record<string, MetricRole>> = { 售前: 'presale', 售后: 'aftersale', both: 'both' };
const KINDS: Readonly<Record<string, MetricKind>> = { basic: 'basic', incentive: 'incentive', volume: 'volume', '·': 'none' };
const ROW_KINDS: readonly RowKind[] = ['team_total', 'team_average', 'peer_average', 'peer_top'];

function lookup<T>(table: Readonly<Record<string, T>>, key: string, what: string, id: string): T {
  const value = table[key];
  if (value === undefined) throw new Error(`docs/metrics.md: ${id}: unknown ${what} ${JSON.stringify(key)}`);
  return value;
}

/** The text of one `## ` section, without its title line. */
function section(text: string, title: string): string {
  const parts = text.split(/^## /m);
  const found = parts.find((p) => p.startsWith(`${title}\n`));
  if (!found) throw new Error(`docs/metrics.md: no section "## ${title}"`);
  return found.slice(title.length + 1);
}

const backticked = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The paragraph or bullet whose first line starts with `prefix`: up to a blank line or the next bullet. */
function block(text: string, prefix: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(prefix));
  if (start < 0) throw new Error(`docs/metrics.md: no line starting with ${JSON.stringify(prefix)}`);
  const out = [lines[start]!];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('- ') || line.trimStart().startsWith('|')) break;
    out.push(line);
  }
  return out.join('\n');
}

function metricRow(line: string): DocMetric {
  const cells = line.split('|').slice(1, -1).map((c) => c.trim());
  const id = /^`([a-z0-9_]+)`$/.exec(cells[0] ?? '')?.[1];
  if (cells.length !== 6 || !id) throw new Error(`docs/metrics.md: not a metric row: ${line}`);
  const [, namesCell, unit, dir, role, kind] = cells as [string, string, string, string, string, string];
  if (!(UNITS as readonly string[]).includes(unit)) throw new Error(`docs/metrics.md: ${id}: unknown unit ${unit}`);
  const names = namesCell
    .replace(/\*[^*]*\*/g, '') // notes, not header names
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return {
    id,
    names,
    unit: unit as Unit,
    direction: lookup(DIRECTIONS, dir, 'direction', id),
    role: lookup(ROLES, role, 'role', id),
    kind: lookup(KINDS, kind, 'kind', id),
  };
}

export function parseMetricsDoc(text: string): MetricsDoc {
  const metricsSection = section(text, 'Metrics');
  const metrics = metricsSection
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map(metricRow);
  const rowsSection = section(text, 'The agent column and the row kinds');
  const benchmarkLabels: [string, RowKind][] = [];
  for (const line of rowsSection.split('\n')) {
    const m = /^\s*\| `([a-z_]+)` \|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const kind = m[1] as RowKind;
    if (!ROW_KINDS.includes(kind)) throw new Error(`docs/metrics.md: unknown row kind ${m[1]}`);
    for (const label of backticked(m[2]!)) benchmarkLabels.push([label, kind]);
  }
  return {
    metrics,
    benchmarkLabels,
    missingMarkers: backticked(block(text, 'Missing markers:')),
    agentHeaders: backticked(block(rowsSection, '- Agent column headers:')),
    ignoredHeaders: backticked(block(rowsSection, '- Columns that are neither agent nor metric')),
    dateHeaders: backticked(block(rowsSection, '- Date columns')),
  };
}

export const METRICS_DOC_PATH = new URL('../../../docs/metrics.md', import.meta.url);

export function readMetricsDoc(): MetricsDoc {
  return parseMetricsDoc(readFileSync(METRICS_DOC_PATH, 'utf8'));
}
