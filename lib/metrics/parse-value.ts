import type { HeaderUnitHint, ParsedValue, Unit, ValueContext } from '../model/metric-types';
import { MISSING_MARKERS } from './header-vocabulary';

/**
 * Cell text → canonical value (docs/metrics.md, "Canonical units"). Runs once per cell: regexes are compiled
 * once, the common cell ("45.67%", "1,234", "12.5") takes one trim, one test and one exec.
 *
 * Numbers: optional sign, digits with optional `,` thousands groups (strict: `12,34` is invalid) and an
 * optional decimal part. Scaling by powers of ten goes through the decimal text (`'0.4567e2'`), so
 * 0.4567 → 45.67 and 1.2万 → 12000 are exact; time arithmetic is rounded to the nanosecond.
 *
 * - percent: `45.67%` → 45.67. A bare number is points, except in a file export (context 'file')
 *   where |x| ≤ 1 is a ratio (0.4567 → 45.67); a `(%)` header hint keeps bare numbers as points.
 * - seconds: `12.5`, `12.5秒`, `12.5s`, `1分20秒`, `00:01:20`, `1:20` (m:ss). Bare: header hint
 *   seconds/minutes/hours, default seconds.
 * - duration: `8小时32分`, `8时32分`, `8.5小时`, `512分钟`, `2天3小时`, `08:32:10`, `08:32` (h:mm).
 *   Bare: header hint, default HOURS (consoles print durations with a unit; a unit-less number of a
 *   long span is hours in the exports we know, files that write seconds say so with `(秒)`).
 * - yuan: `¥1,234.50`, `￥1234.5`, `1,234.50元`, `1.2万`, `1.2万元`, `1.2亿`. A bare number (no ¥/元)
 *   under a fen hint (`销售额(分)`) is divided by 100.
 * - count: `1,234`, `1.2万`, `12人`, `12次`.
 * - ratio: `1.35`, `1:1.35` → 1.35 (a:b is b/a).
 * Missing markers (catalog MISSING_MARKERS, and a dash with a unit such as `-%`) → missing, never 0.
 */

// Pure: the content script reads cells with parseCell and must not carry parseValue's constants.
const MISSING: ParsedValue = /* @__PURE__ */ Object.freeze({ kind: 'missing' });
const MISSING_SET: ReadonlySet<string> = new Set(MISSING_MARKERS);
const MISSING_MAX = Math.max(...MISSING_MARKERS.map((m) => m.length));

const INVALID_REASON: Readonly<Record<Unit, string>> = {
  percent: 'not a percentage (expected e.g. 45.67%)',
  seconds: 'not a time in seconds (expected e.g. 12.5秒, 1分20秒 or 00:01:20)',
  duration: 'not a duration (expected e.g. 8小时32分, 8.5小时 or 08:32:10)',
  yuan: 'not an amount in yuan (expected e.g. ¥1,234.50 or 1.2万)',
  count: 'not a count (expected e.g. 1,234 or 1.2万)',
  ratio: 'not a ratio (expected e.g. 1.35 or 1:1.35)',
};
const ZERO_BASE_REASON = 'ratio with a zero base (expected e.g. 1:1.35)';
/** Frozen results per reason, made on first use, so parseValue hands out the same object for the same problem. */
const INVALID_BY_REASON = new Map<string, ParsedValue>();

const NEEDS_CLEAN = /[\s\uFF01-\uFF5E\uFFE5\u2212\u200B-\u200D\u2060\uFEFF]/;
const FULLWIDTH_G = /[\uFF01-\uFF5E]/g;
const INVISIBLE_G = /[\u200B-\u200D\u2060]/g;
/** Whitespace between digits splits a number (`12 3`, `12\n3` are two numbers, not 123). */
const SPLIT_NUMBER = /[\d.,]\s+[\d.,]/;
const COMMA_G = /,/g;
/** A unit or currency around a dash: `-%`, `--元`, `¥-`, `-秒`. */
const AFFIX_G = /^¥|(?:%|秒|元|人|次|件|个|小时|分钟|分|s)$/gi;

const U = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const NUM_RE = new RegExp(`^[+-]?${U}$`);
const PERCENT_RE = new RegExp(`^([+-]?${U})(%?)$`);
const COUNT_RE = new RegExp(`^([+-]?${U})([万亿w]?)(?:人次|人|次|个|件|单|笔|条|字|位)?$`, 'i');
const YUAN_RE = new RegExp(`^([+-]?)(¥?)([+-]?${U})([万亿w]?)(元?)$`, 'i');
const RATIO_RE = new RegExp(`^(?:(${U}):)?([+-]?${U})$`);
/** One `number unit` part of `1小时5分30秒`, read in a loop; units must come in decreasing order. */
const PART_RE = new RegExp(`(${U})(天|d|小时|时|hrs?|h|分钟|mins?|分|m|秒钟|秒|secs?|s)`, 'iy');
const RANK: Readonly<Record<string, number>> = {
  天: 0, d: 0, 小时: 1, 时: 1, h: 1, hr: 1, hrs: 1, 分钟: 2, 分: 2, m: 2, min: 2, mins: 2, 秒钟: 3, 秒: 3, s: 3, sec: 3, secs: 3,
};
const RANK_SECONDS = [86400, 3600, 60, 1];
/** h:mm:ss, or two parts: m:ss for seconds, h:mm for durations. */
const CLOCK_RE = /^([+-]?)(\d+):([0-5]\d)(?:(\.\d+)|:([0-5]\d(?:\.\d+)?))?$/;

/** The decimal text times 10^exp, exact to the nearest double; never -0. */
function dec(text: string, exp: number): number {
  const s = text.indexOf(',') === -1 ? text : text.replace(COMMA_G, '');
  const v = exp === 0 ? +s : +`${s}e${exp}`;
  return v === 0 ? 0 : v;
}

/** Removes binary noise from arithmetic (40.42 × 3600, 0.7 × 60): nanosecond grid, exact decimals. */
function tidy(v: number): number {
  if (Number.isInteger(v)) return v;
  return Math.abs(v) < 9e6 ? Math.round(v * 1e9) / 1e9 : +v.toPrecision(15);
}

const MAGNITUDE: Readonly<Record<string, number>> = { '': 0, 万: 4, w: 4, W: 4, 亿: 8 };

/** A value, or undefined (→ invalid) when the digits overflow a double; never -0. */
function value(v: number): number | undefined {
  return Number.isFinite(v) ? (v === 0 ? 0 : v) : undefined;
}

/** `[+-]digits[.digits]` exactly, between start and end: the common cell, checked without a regex. */
function isPlainDecimal(s: string, start: number, end: number): boolean {
  let i = start;
  const c = s.charCodeAt(i);
  if (c === 43 || c === 45) i++;
  const digitsFrom = i;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === digitsFrom) return false;
  if (i === end) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const fractionFrom = ++i;
  while (i < end && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i === end && i > fractionFrom;
}

/** `1小时5分30秒`, `8.5小时`, `2天3小时` → seconds, or null. */
function timeParts(s: string): number | null {
  const c = s.charCodeAt(0);
  let i = c === 45 || c === 43 ? 1 : 0;
  let rank = -1;
  let total = 0;
  PART_RE.lastIndex = i;
  while (i < s.length) {
    const m = PART_RE.exec(s);
    if (!m) return null;
    const r = RANK[m[2]!.toLowerCase()]!;
    if (r <= rank) return null;
    rank = r;
    total += dec(m[1]!, 0) * RANK_SECONDS[r]!;
    i = PART_RE.lastIndex;
  }
  if (rank < 0) return null;
  return tidy(c === 45 ? -total : total);
}

function seconds(s: string, unit: Unit, hint: HeaderUnitHint | null): number | undefined {
  const last = s.charCodeAt(s.length - 1);
  if (!(last >= 48 && last <= 57)) {
    const v = timeParts(s);
    return v === null ? undefined : value(v);
  }
  if (s.indexOf(':') === -1) {
    if (!NUM_RE.test(s)) return undefined;
    const scale = hint === 'minutes' ? 60 : hint === 'hours' ? 3600 : hint === 'seconds' ? 1 : unit === 'duration' ? 3600 : 1;
    return value(scale === 1 ? dec(s, 0) : tidy(dec(s, 0) * scale));
  }
  const m = CLOCK_RE.exec(s);
  if (!m) return undefined;
  const a = +m[2]!;
  const b = +m[3]!;
  let v: number;
  if (m[5] !== undefined) v = a * 3600 + b * 60 + +m[5];
  else if (unit === 'duration') v = a * 3600 + (b + (m[4] ? +m[4] : 0)) * 60;
  else v = a * 60 + b + (m[4] ? +m[4] : 0);
  return value(tidy(m[1] === '-' ? -v : v));
}

/** parseCell's answer for a cell that is not a value: the reason, in English (shown in capture warnings). */
export type CellProblem = string;

/**
 * Parses one cell without allocating on the common path (this runs for every cell of a 1,000-row
 * table): a number in the canonical unit, null for missing, or the reason the text is not a value.
 * `unit` is the metric's canonical unit, `hint` the header's unit (recognizeHeader), `context` where
 * the text comes from ('file' turns bare rates ≤ 1 into points).
 */
export function parseCell(text: string, unit: Unit, hint: HeaderUnitHint | null, context: ValueContext): number | null | CellProblem {
  let s = text.trim();
  if (NEEDS_CLEAN.test(s)) {
    s = s.replace(FULLWIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(INVISIBLE_G, '');
    if (SPLIT_NUMBER.test(s)) return INVALID_REASON[unit];
    s = s.replace(/\s/g, '').replace('\uFFE5', '¥').replace('\u2212', '-');
  }
  const c0 = s.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) && s.length <= MISSING_MAX && (MISSING_SET.has(s) || MISSING_SET.has(s.toLowerCase()))) return null;

  const fast = plainCell(s, unit, hint, context);
  if (fast !== undefined) return fast;
  let result: number | undefined;
  let m: RegExpExecArray | null;
  switch (unit) {
    case 'percent':
      if ((m = PERCENT_RE.exec(s))) {
        const n = m[1]!;
        const ratio = m[2] === '' && context === 'file' && hint !== 'percent' && Math.abs(dec(n, 0)) <= 1;
        result = value(dec(n, ratio ? 2 : 0));
      }
      break;
    case 'seconds':
    case 'duration':
      result = seconds(s, unit, hint);
      break;
    case 'yuan':
      if ((m = YUAN_RE.exec(s)) && !(m[1] && (m[3]![0] === '-' || m[3]![0] === '+'))) {
        const fen = hint === 'fen' && m[2] === '' && m[5] === '';
        const v = dec(m[3]!, MAGNITUDE[m[4]!]! - (fen ? 2 : 0));
        result = value(m[1] === '-' ? -v : v);
      }
      break;
    case 'count':
      if ((m = COUNT_RE.exec(s))) result = value(dec(m[1]!, MAGNITUDE[m[2]!]!));
      break;
    case 'ratio':
      if ((m = RATIO_RE.exec(s))) {
        if (m[1] === undefined) result = value(dec(m[2]!, 0));
        else {
          const base = dec(m[1], 0);
          if (base === 0) return ZERO_BASE_REASON;
          result = value(dec(m[2]!, 0) / base);
        }
      }
      break;
  }
  if (result !== undefined) return result;
  // Slow path, bad cells only: a dash written with its unit (`-%`, `--元`) is missing too.
  const bare = s.replace(AFFIX_G, '');
  if (bare !== s && MISSING_SET.has(bare)) return null;
  return INVALID_REASON[unit];
}

/**
 * The cells most tables are made of — `45.67%`, `1234`, `12.5` — read without a regex; anything else
 * (units, separators, 万, clocks) is left to the full grammar. Same results as the grammar by design.
 */
function plainCell(s: string, unit: Unit, hint: HeaderUnitHint | null, context: ValueContext): number | undefined {
  const end = s.length;
  if (end === 0) return undefined;
  if (unit === 'percent' && s.charCodeAt(end - 1) === 37 /* % */) {
    return isPlainDecimal(s, 0, end - 1) ? value(dec(s.slice(0, -1), 0)) : undefined;
  }
  if (!isPlainDecimal(s, 0, end)) return undefined;
  switch (unit) {
    case 'percent':
      return value(dec(s, context === 'file' && hint !== 'percent' && Math.abs(+s) <= 1 ? 2 : 0));
    case 'seconds':
    case 'duration':
      return seconds(s, unit, hint);
    case 'yuan':
      return value(dec(s, hint === 'fen' ? -2 : 0));
    case 'count':
    case 'ratio':
      return value(+s);
  }
}

/** parseCell as a tagged result, for callers that prefer one. */
export function parseValue(text: string, unit: Unit, hint: HeaderUnitHint | null, context: ValueContext): ParsedValue {
  const cell = parseCell(text, unit, hint, context);
  if (typeof cell === 'number') return { kind: 'value', value: cell };
  if (cell === null) return MISSING;
  let invalid = INVALID_BY_REASON.get(cell);
  if (!invalid) INVALID_BY_REASON.set(cell, (invalid = Object.freeze({ kind: 'invalid', reason: cell })));
  return invalid;
}
