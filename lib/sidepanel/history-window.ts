import { format, parseISO, subDays } from 'date-fns';
import type { PeriodKey } from '../db';

/** Days of history the agent view loads: a year of daily points per metric is what the charts show. */
export const HISTORY_DAYS = 365;
/**
 * Days loaded first (a month: about 775 values for 25 metrics): the first chart of an agent draws from
 * these at once, and the rest of the year follows in a second read, so opening and switching never wait
 * for a year of reads (IndexedDB reads cost per record: a year is about 9,000).
 */
export const RECENT_DAYS = 31;

/** ISO date `days` before `iso` (calendar days: date-fns moves local dates, so daylight saving never skips one). */
export function isoDaysBefore(iso: string, days: number): string {
  return format(subDays(parseISO(iso), days), 'yyyy-MM-dd');
}

/** Today as an ISO date in local time. */
export function localToday(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** True when some captured period starts before `day`: the recent read is not all there is. */
export function hasPeriodsBefore(periods: readonly PeriodKey[], day: string): boolean {
  return periods.some((p) => p.start < day);
}

/** The newest captured one-day period (periods come newest first), else null. */
export function latestDay(periods: readonly PeriodKey[]): string | null {
  let latest: string | null = null;
  for (const p of periods) if (p.start === p.end && (latest === null || p.start > latest)) latest = p.start;
  return latest;
}

/**
 * Start of the first read: the recent weeks before today. It needs no other read, so the agent's history
 * and the team average start with the panel (opening waits for one round of reads, not two); when the
 * newest capture is older than that, the year's read fills the charts.
 */
export function recentStart(today: string): string {
  return isoDaysBefore(today, RECENT_DAYS);
}

/**
 * The days the agent view loads: `recentFrom` first (recentStart), then `from`, a year up to the newest
 * captured day (not today: a team that paused capturing still sees its last year; ~9,000 values), never
 * the whole store.
 */
export function historyWindow(periods: readonly PeriodKey[], today: string): { from: string; recentFrom: string; to: string } {
  const to = latestDay(periods) ?? today;
  return { from: isoDaysBefore(to, HISTORY_DAYS - 1), recentFrom: recentStart(today), to };
}

/** The daily window the team view's trend alerts look at: enough for the drop window and its age limit. */
export function alertWindow(end: string): { from: string; to: string } {
  return { from: isoDaysBefore(end, 15), to: end };
}

/** The period the team view opens on: the newest one-day period, else the newest period of any length. */
export function defaultTeamPeriod(periods: readonly PeriodKey[]): PeriodKey | null {
  const day = latestDay(periods);
  if (day !== null) return { start: day, end: day };
  return periods[0] ?? null;
}
