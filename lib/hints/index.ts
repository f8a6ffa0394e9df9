/**
 * Advice per metric, for the weakest-metric cards.
 */
export { metricHints } from './metric-hints';
