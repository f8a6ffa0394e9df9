import { addDays, range, type DateRange } from '../model/local-date';
import { mondayOf } from './iso-week';
import { parsePeriodText } from './parse-date-text';

/** An active 日/周/月 switch (赤兔's `#dateType` radios, sycm's tabs): the unit it names, if 周 or 月. */
export const switchUnit = (label: string) => /^(?:按|自然)?([周月])$/.exec(label)?.[1];

/**
 * The week (Monday–Sunday) or the month holding `day`, when a 周/月 switch is on and its picker shows a
 * single day. Like 本周/本月, a week or month that has not ended ends yesterday (never before its start).
 */
export function widenDay(day: string, unit: string, today: Date): DateRange {
  if (unit === '月') return parsePeriodText(day.slice(0, 7), today)!;
  const start = mondayOf(new Date(day + 'T00:00')); // a date-time without zone is local time
  const end = addDays(start, 6);
  const yesterday = addDays(today, -1);
  return range(start, end <= yesterday ? end : yesterday < start ? start : yesterday);
}
