export * from '../model/metric-types';
export { METRICS, metricById } from '../model/metric-catalog';
export { AGENT_HEADERS, BENCHMARK_LABELS, IGNORED_HEADERS, DATE_HEADERS, MISSING_MARKERS } from './header-vocabulary';
export { normalizeHeader, headerUnitHint } from './normalize-header';
export { recognizeHeader } from './recognize-header';
export { parseValue } from './parse-value';
export { rowKindOf, isMissingLabel, agentKey, shopOf } from './row-kind';
