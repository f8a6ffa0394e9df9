/**
 * Metric values as text in their display units.
 */
export { formatGap, formatMetricValue, formatPercentChange } from './format-metric-value';
