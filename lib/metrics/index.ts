export * from './types';
export { METRICS, metricById, AGENT_HEADERS, BENCHMARK_LABELS, IGNORED_HEADERS, DATE_HEADERS, MISSING_MARKERS } from './catalog';
export { normalizeHeader, headerUnitHint } from './normalize-header';
export { recognizeHeader } from './recognize-header';
export { parseValue } from './parse-value';
export { rowKindOf, isMissingLabel, agentKey, shopOf } from './row-kind';
