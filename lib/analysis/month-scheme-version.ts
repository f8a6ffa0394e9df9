import type { KpiScheme, SchemeVersion } from './kpi-scheme';
import { schemeVersionAt } from './scheme-version-at';
import { monthBounds } from './month-window';

/**
 * The version that judges a whole month: the one in force on the month's first day. A version that takes
 * effect mid-month judges months from the next one on (days and weeks follow it from its own date).
 * Why: a shop pays commission per month and changes pay rules from the next pay period, never back to
 * days already worked (the options page promises new standards never rewrite past results); a captured
 * 自然月 period is judged by its start in the team view, so both views agree; and the options page
 * proposes the first of next month for a new version. docs/metrics.md, "Judging a month".
 */
export function monthSchemeVersion(scheme: KpiScheme, month: string): SchemeVersion {
  return schemeVersionAt(scheme, monthBounds(month).first);
}
