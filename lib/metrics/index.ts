/**
 * Reading metric headers and values (docs/metrics.md). The metric types and catalog live in the core
 * (lib/model) and are re-exported here for readers of this module; the content script imports files directly.
 */
export * from '../model/metric-types';
export { METRICS, metricById } from '../model/metric-catalog';
export { AGENT_HEADERS, BENCHMARK_LABELS, IGNORED_HEADERS, DATE_HEADERS, MISSING_MARKERS } from './header-vocabulary';
export { normalizeHeader, headerUnitHint } from './normalize-header';
export { recognizeHeader } from './recognize-header';
export { parseValue } from './parse-value';
export { rowKindOf, isMissingLabel, agentKey, shopOf } from './row-kind';
export { compactText } from './normalize-header';
export { parseCell } from './parse-value';
