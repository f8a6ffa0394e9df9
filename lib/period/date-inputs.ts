import { short, type Candidate } from './candidate';
import { parsePeriodText } from './parse-date-text';
import type { Query } from './query-outside';

/** What a date, month, week or range value is made of; a name, a price or an order number is not. */
const DATE_VALUE = /^(?=.*20\d\d)[\d\s/.:~～至到_年月日周第Wstndrh-]+$/;
/**
 * Two date inputs make one range control when their nearest common ancestor, at most 6 levels above
 * the first, holds at most 40 elements (antd/Arco/Semi range pickers hold 10-30) and no table (then
 * it is a page section holding two separate controls).
 */
function rangeHost(a: Element, b: Element): Element | null {
  for (let e = a.parentElement, i = 0; e && i < 6; e = e.parentElement, i++) {
    if (e.contains(b)) return e.getElementsByTagName('*').length <= 40 && !e.querySelector('table,[role=grid]') ? e : null;
  }
  return null;
}

/**
 * Date controls of any component library (Semi, Arco, PDD beast-core, plain inputs …), found by
 * structure rather than class names: every input whose live value reads as a date (or a month, a week,
 * or a whole range as beast-core's single input shows it); two such inputs next to each other in a
 * small common ancestor are one range. Inputs in `skip` were read already (known range pickers).
 */
export function dateInputCandidates(query: Query, today: Date, skip: Set<Element>, out: Candidate[]) {
  const dated = (query('input') as HTMLInputElement[]).filter(
    (i) => !skip.has(i) && DATE_VALUE.test(i.value.trim()) && parsePeriodText(i.value, today),
  );
  for (let k = 0; k < dated.length; k++) {
    let host = dated[k + 1] && rangeHost(dated[k]!, dated[k + 1]!);
    // A tighter pair after this one (a lone date input before a range control) goes first.
    const next = host && dated[k + 2] && rangeHost(dated[k + 1]!, dated[k + 2]!);
    if (next && next !== host && host!.contains(next)) host = null;
    const text = dated[k]!.value.trim() + (host ? ' ~ ' + dated[++k]!.value.trim() : '');
    const period = parsePeriodText(text, today);
    if (period) {
      out.push({ period, rank: host || period.start !== period.end ? 0 : 1, el: host || dated[k]!, evidence: short(text) });
    }
  }
}
