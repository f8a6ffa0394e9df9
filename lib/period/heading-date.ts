import { short, type Candidate } from './candidate';
import { parsePeriodText } from './parse-date-text';
import type { Query } from './query-outside';

/** Headings and titles (`<h2>`, `.ant-card-head-title`, `.semi-card-header-wrapper-title`, `cardTitle__x1` …). */
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading],[class*=itle]';

/**
 * A dated heading above the table: `<h2>绩效考核 2026-11-25</h2>`, `客服绩效（2026-11-01 ~ 2026-11-30）`.
 * Only short titles with a four-digit year (`1/3` is a page, not a date) and without a time of day or
 * 更新 (an update stamp says when, not which days); with `near`, only titles before the table.
 */
export function headingCandidates(query: Query, today: Date, near: Element | undefined, out: Candidate[]) {
  for (const h of query(HEADINGS)) {
    // 2 = PRECEDING; 8 = CONTAINS (a wrapper of the table is no title of it).
    if (near && (near.compareDocumentPosition(h) & 10) !== 2) continue;
    const text = h.textContent ?? '';
    if (text.length > 60 || !/20\d\d/.test(text) || /\d:\d\d|更新/.test(text) || h.closest('table,[role=grid]')) continue;
    const period = parsePeriodText(text, today);
    if (period) out.push({ period, rank: 4, el: h, evidence: short(text) });
  }
}
