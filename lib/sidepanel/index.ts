/**
 * The side panel's logic: history windows, sorting, chart data, route hash.
 */
export { alertsByMetric } from './alerts-by-metric';
export { cellStatus, type CellStatus } from './cell-status';
export { durationStep } from './duration-step';
export { claimEarlyQuery, startEarlyQuery } from './early-live-query';
export { alertWindow, defaultTeamPeriod, hasPeriodsBefore, HISTORY_DAYS, historyWindow, isoDaysBefore, localToday, recentStart } from './history-window';
export { labelMetrics } from './label-metrics';
export { panelHash, type PanelRoute, parsePanelHash } from './panel-hash';
export { nextSort, sameSortKey, type SortDirection, sortTeamRows, type TeamSortKey } from './sort-team-rows';
export { trendChartData, type TrendChartData, type XY } from './trend-chart-data';
