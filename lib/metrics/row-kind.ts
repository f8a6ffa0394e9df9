import type { RowKind } from '../model/metric-types';
import { BENCHMARK_LABELS, MISSING_MARKERS } from './header-vocabulary';
import { compactText } from './normalize-header';

const ZERO_WIDTH_G = /[\u200B-\u200D\u2060\uFEFF]/g;
const BRACKETS_G = /[(（[【][^()（）[\]【】]*[)）\]】]/g;
const TRAILING_COLONS = /[:：]+$/;
const LABELS = new Map<string, RowKind>(Object.entries(BENCHMARK_LABELS));
const MISSING = new Set(MISSING_MARKERS);
/** Longest raw label worth normalising: a benchmark label with brackets and spaces around it. */
const MAX_RAW = 40;
const MISSING_MAX = Math.max(...MISSING_MARKERS.map((m) => m.length));
/**
 * Whitespace or a zero-width character: what compactText drops, and all agentKey and foldSpaces change.
 * A label without any is as long compacted as it is, and its own agent key.
 */
export const SPACE_OR_ZERO_WIDTH = /[\s\u200B-\u200D\u2060\uFEFF]/;

/**
 * The kind of a row from its label: a benchmark row when the WHOLE label (full-width folded, spaces,
 * bracketed notes such as `合计(12人)` and trailing colons dropped) is a benchmark label, else an agent.
 * `店铺:均值小王` and `均值哥` stay agents.
 */
export function rowKindOf(label: string): RowKind {
  if (label.length > MAX_RAW) return 'agent';
  const key = compactText(label).replace(BRACKETS_G, '').replace(TRAILING_COLONS, '');
  return LABELS.get(key) ?? 'agent';
}

/**
 * True when a row's name cell is itself a missing marker (`延时统计`, `延迟统计`, `-`, `--`, `暂无` …, or
 * empty): the console has no name to show, so the row is no agent and must not be stored as one.
 */
export function isMissingLabel(label: string): boolean {
  if (label.length > MAX_RAW) return false;
  // Asked of every row of a capture: a name longer than any marker and without spaces is told at once.
  if (label.length > MISSING_MAX && !SPACE_OR_ZERO_WIDTH.test(label)) return false;
  return MISSING.has(compactText(label).toLowerCase());
}

/** The agent key: the text as shown, trimmed, without zero-width chars (inner spaces are kept). */
export function agentKey(text: string): string {
  return text.replace(ZERO_WIDTH_G, '').trim();
}

/** The shop of a sub-account `店铺名:昵称` (`:` or `：`), or null for a plain nickname. */
export function shopOf(agentText: string): string | null {
  const key = agentKey(agentText);
  const i = key.search(/[:：]/);
  if (i <= 0) return null;
  const shop = key.slice(0, i).trim();
  return shop === '' ? null : shop;
}
