import { addDays, addWeeks, format, parseISO, startOfWeek } from 'date-fns';
import type { CoverageDay } from './types';

const ISO = 'yyyy-MM-dd';

/**
 * The coverage calendar: `weeks` rows of Monday-to-Sunday days, oldest first, the last row holding
 * `today` (ISO date). A day is captured when it has a one-day capture. Today and later are future, not
 * missing: consoles show a day's numbers the next day at the earliest (T+1).
 */
export function coverageCalendar(captured: ReadonlySet<string>, today: string, weeks: number): CoverageDay[][] {
  if (!Number.isInteger(weeks) || weeks <= 0) return [];
  // Calendar arithmetic in local dates (date-fns), so a daylight-saving change never skips or doubles a day.
  const firstMonday = addWeeks(startOfWeek(parseISO(today), { weekStartsOn: 1 }), -(weeks - 1));
  const rows: CoverageDay[][] = [];
  for (let w = 0; w < weeks; w++) {
    const row: CoverageDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = format(addDays(firstMonday, w * 7 + d), ISO);
      // ISO dates compare as strings.
      const has = captured.has(date);
      row.push({ date, captured: has, future: !has && date >= today });
    }
    rows.push(row);
  }
  return rows;
}
