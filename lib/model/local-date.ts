/** An inclusive period as local ISO dates (`YYYY-MM-DD`). */
export interface DateRange {
  start: string;
  end: string;
}

// Hand-rolled rather than date-fns: lib/period reads dates with these inside the content script, which
// has a 40 KB budget (date-fns' format here took content.js from 39.2 KB to 58.5 KB).
const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** `YYYY-MM-DD` of a Date read in local time (never UTC). */
export const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local midnight of `d` shifted by `days` (built from components, so DST never moves the day). */
export const addDays = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

/** Local date for year/month(1-12)/day, or null when the day does not exist or the year is implausible. */
export function localDate(y: number, m: number, d: number): Date | null {
  const t = new Date(y, m - 1, d);
  return y >= 2000 && y < 2100 && t.getMonth() === m - 1 && t.getDate() === d ? t : null;
}

export const range = (start: Date, end: Date): DateRange => ({ start: isoDate(start), end: isoDate(end) });
