import type { PeriodInfo } from '../model/capture-types';
import { short, type Candidate } from './candidate';
import { dateInputCandidates } from './date-inputs';
import { switchUnit, widenDay } from './granularity';
import { headingCandidates } from './heading-date';
import { addDays, isoDate } from '../model/local-date';
import { PERIOD_LABEL, parsePeriodText } from './parse-date-text';
import { presetPeriod } from './preset-period';
import { queryOutside, type Query } from './query-outside';

/**
 * Date pickers known by class: antd 4/5 (`.ant-picker`, range = `.ant-picker-range`), antd 3, Fusion Next,
 * Element UI, PDD beast-core's trigger. A fast path for ranges and for triggers that show text instead of
 * inputs; single-input pickers of any library (Fusion date/month/week, native `type=date` …) and other
 * libraries' ranges are found by structure (date-inputs.ts).
 */
const PICKERS =
  '.ant-picker,.ant-calendar-picker,.next-range-picker,.next-range-picker-trigger,.next-date-picker2,.el-date-editor,[data-testid=beast-core-rangePicker-input]';
/** Labels before the period: 统计时间, 日期范围 … and a plain 时间/日期 that is no part of a longer word (更新时间). */
const LABEL = new RegExp(PERIOD_LABEL.source + '|(?<![一-鿿])(?:时间|日期)\\s*(?:[:：]|$)');
/** Active whatever their classes say. */
const ACTIVE_ATTR = '[aria-pressed=true],[aria-selected=true],[aria-checked=true],.next-btn-primary';
/** Elements that may be an active preset button or tab; `isActive` checks the class tokens. */
const ACTIVE = `[class*=ctive],[class*=elected],[class*=hecked],[class*=urrent],${ACTIVE_ATTR},input:checked`;
const ACTIVE_CLASS = /active|selected|checked|current/i;
const INACTIVE_CLASS = /(?:in|un|not|non)[-_]?(?:active|selected|checked|current)/i;
/** Subtrees the text scan never enters: the tables themselves and non-text content. */
const SKIP_TAGS = /^(?:TABLE|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|SVG|CANVAS|IFRAME)$/i;
const SKIP_ROLES = /^(?:grid|treegrid|table)$/;
/** At most this many nodes are visited when looking for labelled text. */
const TEXT_NODE_CAP = 5000;

function isActive(el: Element): boolean {
  if (el.matches('input,' + ACTIVE_ATTR)) return true;
  return [...el.classList].some((c) => ACTIVE_CLASS.test(c) && !INACTIVE_CLASS.test(c));
}

/**
 * Known range pickers: the inputs' `.value` (React keeps it in the property), else the trigger's text.
 * Pickers with a single input are left to dateInputCandidates, which pairs a start and an end picker.
 */
function pickerCandidates(query: Query, today: Date, read: Set<Element>, out: Candidate[]) {
  for (const el of query(PICKERS)) {
    if (el.parentElement?.closest(PICKERS)) continue;
    const inputs = (el.nodeName === 'INPUT' ? [el] : [...el.querySelectorAll('input')]) as HTMLInputElement[];
    if (inputs.length === 1) continue;
    inputs.forEach((i) => read.add(i));
    const text = inputs.map((i) => i.value.trim()).filter(Boolean).join(' ~ ') || el.textContent || '';
    const period = parsePeriodText(text, today);
    const rank = inputs.length > 1 || /range/.test(el.getAttribute('class') ?? '') ? 0 : 1;
    if (period) out.push({ period, rank, el, evidence: short(text) });
  }
}

/**
 * Text after a period label (统计时间：…), read from the label's text node and a few following nodes,
 * with the values of up to two inputs among them (`时间：<input> 至 <input>`, label and inputs in
 * separate elements). Labelled inputs rank as pickers; labelled text below them.
 */
function labelCandidates(root: Document | Element, today: Date, near: Element | undefined, out: Candidate[]) {
  const doc = root.ownerDocument ?? (root as Document);
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!start) return;
  const walker = doc.createTreeWalker(start, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) =>
      n.nodeType === 1 && (n === near || SKIP_TAGS.test(n.nodeName) || SKIP_ROLES.test((n as Element).getAttribute('role') ?? ''))
        ? 2 /* FILTER_REJECT */
        : 1,
  });
  for (let n: Node | null, budget = TEXT_NODE_CAP; (n = walker.nextNode()) && budget > 0; budget--) {
    const m = n.nodeType === 3 ? LABEL.exec(n.nodeValue ?? '') : null;
    if (!m) continue;
    let text = n.nodeValue!.slice(m.index);
    let inputs = 0;
    let afterInput = 0;
    for (let k: Node | null = n, i = 0; text.length < 60 && inputs < 2 && i < 12 && (k = walker.nextNode()); i++) {
      const v = k.nodeName === 'INPUT' && !/^(?:radio|checkbox)$/.test((k as HTMLInputElement).type) && (k as HTMLInputElement).value.trim();
      if (k.nodeType === 3) text += k.nodeValue;
      else if (v && !inputs && /\d/.test(text)) break; // the label's own text holds the period
      else if (v) {
        // Two inputs with only an icon between them (antd's swap-right) are still a range.
        text += (inputs++ && !/[~～至到-]/.test(text.slice(afterInput)) ? ' ~ ' : ' ') + v;
        afterInput = text.length;
      }
    }
    walker.currentNode = n;
    // The period ends where the next label ("对比时间：", "更新时间：") begins.
    const cut = text.slice(m[0].length).search(/[\u4e00-\u9fff]\s*[:：]/);
    if (cut >= 0) text = text.slice(0, m[0].length + cut + 1);
    const period = parsePeriodText(text, today);
    // Labelled inputs rank as the same inputs do in dateInputCandidates, so the label's evidence wins ties.
    const rank = !inputs ? 2 : inputs > 1 || period?.start !== period?.end ? 0 : 1;
    if (period && n.parentElement) out.push({ period, rank, el: n.parentElement, evidence: short(text) });
  }
}

function presetCandidates(query: Query, today: Date, out: Candidate[]) {
  for (const el of query(ACTIVE)) {
    const host = el.nodeName === 'INPUT' ? (el.closest('label') ?? el.parentElement) : el;
    const text = (host?.textContent ?? '').replace(/\s+/g, '');
    const period = host && text.length <= 8 && isActive(el) ? presetPeriod(text, today) : null;
    if (period && host) out.push({ period, rank: 3, el: host, evidence: text });
  }
}

/**
 * The period a console page's table shows, from the best evidence on the page: date pickers and date
 * inputs of any library (ranges before single dates; labelled inputs count as pickers), then labelled
 * text (统计时间/日期范围/数据时间/统计周期 …), then the active preset button or tab (近7天, 本月, 日/周/月 …),
 * then a dated heading. With `near` (the table), the candidate closest to it wins first — the one whose
 * nearest common ancestor with the table is deepest — and the order above only breaks ties; without
 * `near`, the order above, then document order. A single day from a picker, with an active 周 or 月
 * switch at least as close to the table, stands for that day's week or month (赤兔's 日/周/月).
 * Nothing found → yesterday with `guessed: true` (consoles show T+1 data).
 * `today` is read in local time.
 */
export function findPeriod(root: Document | Element, today: Date, near?: Element): PeriodInfo {
  const found: Candidate[] = [];
  const read = new Set<Element>();
  // The table's own rows are left out: thousands of cells, and no period control is among them.
  const query = queryOutside(root, near ? [...near.getElementsByTagName('tbody')] : []);
  pickerCandidates(query, today, read, found);
  if (near || !found.length) labelCandidates(root, today, near, found);
  dateInputCandidates(query, today, read, found);
  if (near || !found.length) presetCandidates(query, today, found);
  if (near || !found.length) headingCandidates(query, today, near, found);

  const chain: Element[] = [];
  for (let e: Element | null | undefined = near; e; e = e.parentElement) chain.push(e);
  const distance = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const i = chain.indexOf(e);
      if (i >= 0) return i;
    }
    return chain.length;
  };
  let best: Candidate | undefined;
  let bestKey = Infinity;
  for (const c of found) {
    const key = distance(c.el) * 5 + c.rank;
    if (key < bestKey) [best, bestKey] = [c, key];
  }
  if (!best) {
    const y = isoDate(addDays(today, -1));
    return { start: y, end: y, guessed: true, evidence: '' };
  }
  const { period, rank, el, evidence } = best;
  const unit = rank < 2 && period.start === period.end && found.find((c) => switchUnit(c.evidence) && distance(c.el) <= distance(el));
  if (unit) return { ...widenDay(period.start, switchUnit(unit.evidence)!, today), guessed: false, evidence: `${unit.evidence} ${evidence}` };
  return { ...period, guessed: false, evidence };
}
