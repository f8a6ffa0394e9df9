/**
 * The options page's logic: agent and scheme drafts, import preview state.
 */
export { agentDraft, type AgentDraft, agentMatches, draftChanged, hasMergeCandidate, mergeAgent, mergeCandidates, unmergeAlias } from './agent-draft';
export { agentShops, ALL_SHOPS, filterAgents, parseShopFilter, type ShopCount, type ShopFilter, shopFilterValue } from './agent-list-filter';
export { checkSchemeDraft } from './check-scheme-draft';
export { COMMISSION_RATE_SUFFIX, DISPLAY_UNITS, plainNumberText } from './display-units';
export { applyChoices, confirmState, firstOf, formatFileSize, periodInputProblem, type PeriodInputs, previewOutcome } from './import-preview-state';
export { splitImportBatch } from './import-route';
export { issueLocation, issuesAt } from './issue-location';
export { listPage, type ListPage } from './list-page';
export { MERGE_MATCHES_SHOWN, mergeMatches, type MergeMatches } from './merge-matches';
export { recentMetricsByLabel } from './recent-metrics-by-label';
export { saveAgentDraft } from './save-agent-draft';
export { saveSchemeDraft } from './save-scheme-draft';
export { addCommission, addGrade, addMetricRow, addVersion, removeCommission, removeGrade, removeMetricRow, removeVersion, updateCommission, updateGrade, updateMetricRow, updateVersion } from './scheme-draft-edits';
export { draftFromScheme, type MetricRowDraft, type SchemeDraft, unitOfMetric, type VersionDraft, weightSum } from './scheme-draft';
export { versionInForceIndex } from './version-in-force';
export { importWriteProblem } from './import-write-problem';
