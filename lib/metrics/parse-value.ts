import type { HeaderUnitHint, ParsedValue, Unit, ValueContext } from './types';
import { MISSING_MARKERS } from './catalog';

/**
 * Cell text → canonical value (metrics.md, "Canonical units"). Runs once per cell: regexes are compiled
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

const MISSING: ParsedValue = Object.freeze({ kind: 'missing' });
const MISSING_SET: ReadonlySet<string> = new Set(MISSING_MARKERS);
const MISSING_MAX = Math.max(...MISSING_MARKERS.map((m) => m.length));

const invalid = (reason: string): ParsedValue => Object.freeze({ kind: 'invalid', reason });
const INVALID: Readonly<Record<Unit, ParsedValue>> = {
  percent: invalid('not a percentage (expected e.g. 45.67%)'),
  seconds: invalid('not a time in seconds (expected e.g. 12.5秒, 1分20秒 or 00:01:20)'),
  duration: invalid('not a duration (expected e.g. 8小时32分, 8.5小时 or 08:32:10)'),
  yuan: invalid('not an amount in yuan (expected e.g. ¥1,234.50 or 1.2万)'),
  count: invalid('not a count (expected e.g. 1,234 or 1.2万)'),
  ratio: invalid('not a ratio (expected e.g. 1.35 or 1:1.35)'),
};
const ZERO_BASE = invalid('ratio with a zero base (expected e.g. 1:1.35)');

const NEEDS_CLEAN = /[\s\uFF01-\uFF5E\uFFE5\u2212\u200B-\u200D\u2060\uFEFF]/;
const FULLWIDTH_G = /[\uFF01-\uFF5E]/g;
const SPACE_G = /[\s\u200B-\u200D\u2060\uFEFF]/g;
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

/** A value, or null (→ invalid) when the digits overflow a double. */
function value(v: number): ParsedValue | null {
  return Number.isFinite(v) ? { kind: 'value', value: v === 0 ? 0 : v } : null;
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

function seconds(s: string, unit: Unit, hint: HeaderUnitHint | null): ParsedValue | null {
  const last = s.charCodeAt(s.length - 1);
  if (!(last >= 48 && last <= 57)) {
    const v = timeParts(s);
    return v === null ? null : value(v);
  }
  if (s.indexOf(':') === -1) {
    if (!NUM_RE.test(s)) return null;
    const scale = hint === 'minutes' ? 60 : hint === 'hours' ? 3600 : hint === 'seconds' ? 1 : unit === 'duration' ? 3600 : 1;
    return value(scale === 1 ? dec(s, 0) : tidy(dec(s, 0) * scale));
  }
  const m = CLOCK_RE.exec(s);
  if (!m) return null;
  const a = +m[2]!;
  const b = +m[3]!;
  let v: number;
  if (m[5] !== undefined) v = a * 3600 + b * 60 + +m[5];
  else if (unit === 'duration') v = a * 3600 + (b + (m[4] ? +m[4] : 0)) * 60;
  else v = a * 60 + b + (m[4] ? +m[4] : 0);
  return value(tidy(m[1] === '-' ? -v : v));
}

/**
 * Parses one cell. `unit` is the metric's canonical unit, `hint` the header's unit (recognizeHeader),
 * `context` where the text comes from ('file' turns bare rates ≤ 1 into points).
 */
export function parseValue(text: string, unit: Unit, hint: HeaderUnitHint | null, context: ValueContext): ParsedValue {
  let s = text.trim();
  if (NEEDS_CLEAN.test(s)) {
    s = s.replace(FULLWIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(SPACE_G, '').replace('\uFFE5', '¥').replace('\u2212', '-');
  }
  const c0 = s.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) && s.length <= MISSING_MAX && (MISSING_SET.has(s) || MISSING_SET.has(s.toLowerCase()))) return MISSING;

  let result: ParsedValue | null = null;
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
          result = base === 0 ? ZERO_BASE : value(dec(m[2]!, 0) / base);
        }
      }
      break;
  }
  if (result) return result;
  // Slow path, bad cells only: a dash written with its unit (`-%`, `--元`) is missing too.
  const bare = s.replace(AFFIX_G, '');
  if (bare !== s && MISSING_SET.has(bare)) return MISSING;
  return INVALID[unit];
}
