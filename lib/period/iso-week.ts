import { addDays } from '../model/local-date';

// Hand-rolled on addDays: date-fns' startOfISOWeek/endOfISOWeek add ~1.3 KB to the content script.

/** Monday of the Monday–Sunday week holding `d` (local time). */
export const mondayOf = (d: Date) => addDays(d, -((d.getDay() + 6) % 7));

/**
 * Monday and Sunday of ISO week `w` of `y` (week 1 holds January 4th; `2026-47周`, `2026-47th`,
 * `2026-W47`). Null for a week the year does not have (0, or 53 in a 52-week year).
 */
export function isoWeek(y: number, w: number): [Date, Date] | null {
  const monday = addDays(mondayOf(new Date(y, 0, 4)), 7 * (w - 1));
  // The week's Thursday decides its year; this also rules out week 0.
  return addDays(monday, 3).getFullYear() === y ? [monday, addDays(monday, 6)] : null;
}
