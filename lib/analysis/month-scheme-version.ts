import type { KpiScheme, SchemeVersion } from './kpi-scheme';
import { schemeVersionAt } from './scheme-version-at';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month `YYYY-MM` as [year, month 1–12]; throws with the text it got when it is not one. */
function parseMonth(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`A month is written YYYY-MM (2026-11), got "${month}"`);
  return [Number(m[1]), Number(m[2])];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last ISO day of a month `YYYY-MM`. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = parseMonth(month);
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can move it).
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${pad(last)}` };
}

/** The month before `YYYY-MM` (2026-01 → 2025-12). */
export function previousMonth(month: string): string {
  const [y, m] = parseMonth(month);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/**
 * The version that judges a whole month: the one in force on the month's first day. A version that takes
 * effect mid-month judges months from the next one on (days and weeks follow it from its own date).
 * Why: a shop pays commission per month and changes pay rules from the next pay period, never back to
 * days already worked (the options page promises new standards never rewrite past results); a captured
 * 自然月 period is judged by its start in the team view, so both views agree; and the options page
 * proposes the first of next month for a new version. docs/metrics.md, "Judging a month".
 */
export function monthSchemeVersion(scheme: KpiScheme, month: string): SchemeVersion {
  return schemeVersionAt(scheme, monthDays(month).first);
}
