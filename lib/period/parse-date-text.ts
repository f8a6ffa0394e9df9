import { addDays, localDate, range, type DateRange } from '../model/local-date';
import { presetPeriod } from './preset-period';
import { isoWeek } from './iso-week';

/**
 * One date token: an ISO week `2026-47周`, `2026年第47周`, `2026-47th`, `2026-W47` (groups 1, 2 or 3);
 * `2026-11-20`, `2026/11/20`, `2026.11.20`, `2026年11月20日` (1, 4, 5), `20261120` (1, 6, 7), a month
 * `2026-11` / `2026年11月` (1, 4), or a date without year `11-20`, `11/20`, `11月20日` (8, 9).
 * Alternatives are tried in that order at each position.
 */
const TOKEN =
  /(?<!\d)(20\d\d)(?:\s*[-年]\s*(?:W(\d\d)|第?\s*(\d\d?)\s*(?:周|[snrt][tdh]))|\s*[-/.年]\s*(\d\d?)(?:\s*[-/.月]\s*(\d\d?)(?!\d)\s*日?|\s*月?(?!\d))|(\d\d)(\d\d)(?!\d))|(?<![\d.]|\d{3}\s*[-/.年]\s*)(\d\d?)\s*[-/月]\s*(\d\d?)(?!\d)\s*日?/g;
/** What may stand between the two ends of a range: an optional time of day, then a separator. */
const SEP = /\s*(?:\d\d?:\d\d(?::\d\d)?\s*)?(?:~|～|-|－|—|–|至|到|to|_)\s*/iy;
/** Labels that introduce the period on a page (统计时间, 日期范围, 数据时间, 统计周期 …). */
export const PERIOD_LABEL = /(?:统计|数据|查询|报表|日期|时间)(?:时间|日期|周期|区间|范围|时段)\s*[:：]?/;

/** y = 0: no year given; d = 0: a whole month; w > 0: an ISO week. */
interface Raw {
  y: number;
  m: number;
  d: number;
  w: number;
}

const rawOf = (a: RegExpExecArray): Raw =>
  a[8]
    ? { y: 0, m: +a[8], d: +a[9]!, w: 0 }
    : { y: +a[1]!, m: +(a[4] ?? a[6] ?? 0), d: +(a[5] ?? a[7] ?? 0), w: +(a[2] ?? a[3] ?? 0) };

/**
 * First and last day a token stands for. A date without year takes the year that makes it the latest
 * such date on or before `anchor` (`forward`: the earliest on or after it); null without an anchor.
 * A month or week that has not ended by `today` ends yesterday (never before its first day), like 本月/本周.
 */
function resolve(r: Raw, anchor: Date | undefined, forward: boolean, today?: Date): [Date, Date] | null {
  if (!r.y) {
    for (let k = 0; anchor && k < 8; k++) {
      const t = localDate(anchor.getFullYear() + (forward ? k : -k), r.m, r.d);
      if (t && (forward ? t >= anchor : t <= anchor)) return [t, t];
    }
    return null;
  }
  let s: Date | null;
  let e: Date;
  if (r.w) {
    const week = isoWeek(r.y, r.w);
    if (!week) return null;
    [s, e] = week;
  } else {
    s = localDate(r.y, r.m, r.d || 1);
    if (!s || r.d) return s && [s, s];
    e = new Date(r.y, r.m, 0);
  }
  // Compared with yesterday's midnight: on its last day a month has not ended yet.
  if (today && e > addDays(today, -1)) e = addDays(today, -1);
  return [s, e < s ? s : e];
}

/**
 * The period a piece of page text states: a range (`2026-11-20 ~ 2026-11-26`, `2026/11/20-2026/11/26`,
 * `2026-11-20至2026-11-26`, `20261120_20261126`, also with times of day), a single date (a one-day
 * period), a month (`2026-11`) or an ISO week (`2026-47周`, `2026-47th`), anywhere in the text (labels such as `统计时间：` are simply skipped).
 * Only the first date and, when a range separator follows it directly, the second are read.
 * - Dates without a year (`11-20`, `11月20日`) need `today`: the end of the range becomes the most recent
 *   such date not after today, the start the most recent not after the end; when the start has a year
 *   and the end has not, the end is the first such date not before the start.
 * - A nonexistent date (month 13, Feb 30, years outside 2000-2099) makes the text unreadable: null.
 * - An end before its start is taken as written backwards and swapped (the same days are meant).
 * - Without any date, a preset label after the label (`数据时间：昨天`) is resolved with `presetPeriod`.
 */
export function parsePeriodText(text: string, today?: Date): DateRange | null {
  TOKEN.lastIndex = 0;
  const a = TOKEN.exec(text);
  if (!a) {
    return today ? presetPeriod(text.replace(PERIOD_LABEL, '').replace(/[\s:：()（）]/g, ''), today) : null;
  }
  const r1 = rawOf(a);
  SEP.lastIndex = TOKEN.lastIndex;
  let r2: Raw | undefined;
  if (SEP.test(text)) {
    TOKEN.lastIndex = SEP.lastIndex;
    const b = TOKEN.exec(text);
    if (b?.index === SEP.lastIndex) r2 = rawOf(b);
  }
  let p1: [Date, Date] | null;
  let p2: [Date, Date] | null;
  if (!r2) p1 = p2 = resolve(r1, today, false, today);
  else if (r1.y) {
    p1 = resolve(r1, today, false, today);
    p2 = p1 && resolve(r2, p1[0], true, today);
  } else {
    p2 = resolve(r2, today, false, today);
    p1 = p2 && resolve(r1, p2[1], false, today);
  }
  if (!p1 || !p2) return null;
  return p2[1] < p1[0] ? range(p2[0], p1[1]) : range(p1[0], p2[1]);
}

/** One date (`2026/11/20`, `20261120`, `2026年11月20日`, `11-20` with `today` …, a time may follow) → ISO, else null. */
export function parseDate(text: string, today?: Date): string | null {
  const t = text.trim();
  const p = /^(?:\d{8}|[\d\s/.年月日-]+?)(?:\s+\d\d?:\d\d(?::\d\d)?)?$/.test(t) ? parsePeriodText(t, today) : null;
  return p && p.start === p.end && !/^20\d\d\s*[-/.年]\s*\d\d?\s*月?$/.test(t) ? p.start : null;
}
