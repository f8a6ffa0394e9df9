import { addDays, range, type DateRange } from '../model/local-date';

/**
 * The period a console's preset button or tab stands for, resolved against `today` (local time).
 * Consoles show T+1 data, so rolling windows end yesterday:
 * - 昨天/昨日/自然日/日/按日/1天 → yesterday; 今天/今日/实时 → today (real-time views)
 * - 近N天/最近N天/过去N天/N天/近N日 (近7天, 近30天, sycm's 7天 …), 近一周 → today−N … today−1
 * - 本周 → this week's Monday … yesterday; 本月 → the 1st … yesterday. On a Monday / the 1st no day of
 *   the period is finished yet; the console can only show that day's real-time data, so the period is
 *   today … today (it stays inside the week/month the label names).
 * - 上周/自然周/周/按周 → the last complete Monday–Sunday week
 * - 上月/自然月/月/按月 → the last complete calendar month (what sycm's 月 tab shows by default)
 * Anything else → null. Whitespace inside the label is ignored.
 */
export function presetPeriod(label: string, today: Date): DateRange | null {
  const t = label.replace(/\s+/g, '');
  const day = (n: number) => addDays(today, n);
  const yesterday = day(-1);
  const weekday = (today.getDay() + 6) % 7; // Monday = 0
  const n = Number(/^(?:近|最近|过去)?(\d{1,3})[天日]$/.exec(t)?.[1] ?? (/^(?:近|最近|过去)[一1]周$/.test(t) ? 7 : 0));
  if (n > 0) return range(day(-n), yesterday);
  // Tests on the label, not a switch of cases: this file ships in every console frame's content script.
  if (/^(?:昨[天日]|(?:自然|按)?日)$/.test(t)) return range(yesterday, yesterday);
  if (/^(?:今[天日]|实时)$/.test(t)) return range(today, today);
  if (/^本[周月]$/.test(t)) {
    const s = t === '本周' ? day(-weekday) : new Date(today.getFullYear(), today.getMonth(), 1);
    return range(s, yesterday < s ? s : yesterday);
  }
  if (/^(?:上|自然|按)?周$/.test(t)) return range(day(-weekday - 7), day(-weekday - 1));
  if (/^(?:上|自然|按)?月$/.test(t)) {
    return range(new Date(today.getFullYear(), today.getMonth() - 1, 1), new Date(today.getFullYear(), today.getMonth(), 0));
  }
  return null;
}
