/** Small standing pieces shared by the side panel, the popup and the on-page overlay. */
export { ScoreBadge, type ScoreBadgeProps } from './ScoreBadge';
export { GapList, type GapListProps } from './GapList';
export { WeakestHint, type WeakestHintProps } from './WeakestHint';
export { metricLabel, metricUnit, uiLang, type UiLang } from './ui-language';
export { MonthSoFar, type MonthSoFarProps } from './MonthSoFar';
