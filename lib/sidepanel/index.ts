/**
 * The side panel's logic: history windows, chart data, route hash (the team table's sorting and cell
 * status live beside their components in components/sidepanel).
 */
export { durationStep } from './duration-step';
export { claimEarlyQuery, startEarlyQuery } from './early-live-query';
export { alertWindow, defaultTeamPeriod, hasPeriodsBefore, HISTORY_DAYS, historyWindow, isoDaysBefore, localToday, recentStart } from './history-window';
export { labelMetrics } from './label-metrics';
export { panelHash, type PanelRoute, parsePanelHash } from './panel-hash';
export { type AgentRowLike, ALL_SHOPS, averageOfRows, filterTeamRows, indexTeamRows, type IndexedRow, isFiltering, NO_FILTER, NO_SHOP, type RoleChoice, searchText, type ShopCount, type TeamFilter, teamShops } from './team-filter';
export { trendChartData, type TrendChartData, type XY } from './trend-chart-data';
export { monthChoices } from './month-choices';
export { loadMonthData, loadMonthReview, loadPreviousValues, type MonthData, monthDataOf, monthMetrics, monthReviewOf, type PreviousValues } from './month-review-load';
