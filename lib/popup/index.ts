/**
 * The popup's logic: the current page's last capture, the team summary, opening the side panel.
 */
export { openSidePanel, type SidePanelApis } from './open-side-panel';
export { isCapturedSite, latestCaptureOfPage, pageKey } from './page-capture';
export { loadTeamSummary, type TeamSummary } from './team-summary';
