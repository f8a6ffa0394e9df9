/**
 * The days a month value can rest on. A past month: all its days. The current month ("this month so
 * far"): the 1st to yesterday, since consoles show T+1 data and today's numbers are a day still running
 * (docs/metrics.md "The period"; lib/period's 本月 preset is the same range). A later month: no day.
 */
export interface MonthWindow {
  /** YYYY-MM. */
  month: string;
  /** The 1st of the month, YYYY-MM-DD. */
  first: string;
  /** The last day counted, inclusive: the month's end, or yesterday; before `first` when no day counts. */
  last: string;
  /** Days from `first` to `last`: the `monthDays` every month value is read against (`22 / 30 天`). */
  days: number;
  /** The month has not ended: this month so far (cut at yesterday), or a later month (no day yet). */
  soFar: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD of a UTC day count (calendar arithmetic without time zones). */
function isoOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcOfDay(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoOfUtc(ms) === day ? ms : null;
}

/** A month `YYYY-MM` as its first and last ISO day; throws, saying what it got, when it is not one. */
export function monthBounds(month: string): { first: string; last: string } {
  const m = MONTH.exec(month);
  const mo = m ? Number(m[2]) : 0;
  if (!m || mo < 1 || mo > 12) throw new Error(`A month is written YYYY-MM (2026-11), got "${month}"`);
  // Day 0 of the next month is the last day of this one (UTC: no time zone can move it).
  return { first: `${month}-01`, last: isoOfUtc(Date.UTC(Number(m[1]), mo, 0)) };
}

/** `month` (YYYY-MM) seen from `today` (YYYY-MM-DD, local). Throws on a malformed month or day. */
export function monthWindow(month: string, today: string): MonthWindow {
  const bounds = monthBounds(month);
  const todayMs = utcOfDay(today);
  if (todayMs === null) throw new Error(`monthWindow: today must be a date YYYY-MM-DD, got "${today}"`);
  const firstMs = utcOfDay(bounds.first)!;
  const endMs = utcOfDay(bounds.last)!;
  const dayMs = 86_400_000;
  // The month's end, or yesterday when today falls inside the month (or before it: nothing counts yet).
  const lastMs = Math.min(endMs, todayMs - dayMs);
  const days = Math.max(0, Math.round((lastMs - firstMs) / dayMs) + 1);
  return {
    month,
    first: bounds.first,
    last: isoOfUtc(days > 0 ? lastMs : firstMs - dayMs),
    days,
    soFar: todayMs <= endMs,
  };
}

/** The month before `month` (YYYY-MM), for "change against the previous month" (2026-01 → 2025-12). */
export function previousMonth(month: string): string {
  const [y, mo] = monthBounds(month).first.split('-').map(Number) as [number, number];
  return isoOfUtc(Date.UTC(y, mo - 2, 1)).slice(0, 7);
}
