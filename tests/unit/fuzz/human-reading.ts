import { MISSING_MARKERS } from '../../../lib/metrics/header-vocabulary';
import type { HeaderUnitHint, Unit, ValueContext } from '../../../lib/model/metric-types';

/**
 * What a person reads in a cell, written independently of lib/metrics/parse-value.ts as a test oracle:
 * Unicode NFKC instead of the parser's own folding, whole-text patterns instead of its fast paths, the
 * conventions of docs/metrics.md for bare numbers. A number, null for "no value" (a missing marker), or
 * undefined when a person reads no single value (two numbers, a malformed one, words).
 */

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const read = (n: string) => Number(n.replace(/,/g, ''));
const MISSING = new Set(MISSING_MARKERS.map((m) => m.toLowerCase()));
const DASH_WITH_UNIT = /^¥?[-—–―]+(?:%|秒|元|人|次|件|个|小时|分钟|分|s)?$/i;

const PERCENT = new RegExp(`^([+-]?)(${NUM})(%?)$`);
const PART = new RegExp(`(${NUM})(天|d|小时|时|hrs?|h|分钟|mins?|分|m|秒钟|秒|secs?|s)`, 'iy');
const PART_SECONDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:天|d)$/i, 86400],
  [/^(?:小时|时|hrs?|h)$/i, 3600],
  [/^(?:分钟|mins?|分|m)$/i, 60],
  [/^(?:秒钟|秒|secs?|s)$/i, 1],
];
const CLOCK3 = /^([+-]?)(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)$/;
const CLOCK2 = /^([+-]?)(\d+):([0-5]\d(?:\.\d+)?)$/;
const BARE = new RegExp(`^([+-]?)(${NUM})$`);
const YUAN = new RegExp(`^([+-]?)(¥?)([+-]?)(${NUM})(万|亿|w)?(元?)$`, 'i');
const COUNT = new RegExp(`^([+-]?)(${NUM})(万|亿|w)?(?:人次|人|次|个|件|单|笔|条|字|位)?$`, 'i');
const RATIO = new RegExp(`^(?:(${NUM}):)?([+-]?)(${NUM})$`);
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, w: 1e4, 亿: 1e8 };

const signOf = (s: string | undefined) => (s === '-' ? -1 : 1);

function timeReading(s: string, unit: 'seconds' | 'duration', hint: HeaderUnitHint | null): number | undefined {
  const bare = BARE.exec(s);
  if (bare) {
    const scale = hint === 'minutes' ? 60 : hint === 'hours' ? 3600 : hint === 'seconds' ? 1 : unit === 'duration' ? 3600 : 1;
    return signOf(bare[1]) * read(bare[2]!) * scale;
  }
  const c3 = CLOCK3.exec(s);
  if (c3) return signOf(c3[1]) * (Number(c3[2]) * 3600 + Number(c3[3]) * 60 + Number(c3[4]));
  const c2 = CLOCK2.exec(s);
  if (c2) {
    const [a, b] = [Number(c2[2]), Number(c2[3])];
    return signOf(c2[1]) * (unit === 'duration' ? a * 3600 + b * 60 : a * 60 + b);
  }
  // Number-unit parts, largest unit first, each unit once: `7小时41分52秒`.
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  let i = sign.length;
  let total = 0;
  let lastScale = Infinity;
  PART.lastIndex = i;
  if (i === s.length) return undefined;
  while (i < s.length) {
    const m = PART.exec(s);
    if (!m) return undefined;
    const scale = PART_SECONDS.find(([re]) => re.test(m[2]!))![1];
    if (scale >= lastScale) return undefined;
    lastScale = scale;
    total += read(m[1]!) * scale;
    i = PART.lastIndex;
  }
  return signOf(sign) * total;
}

export function humanReading(raw: string, unit: Unit, hint: HeaderUnitHint | null, context: ValueContext): number | null | undefined {
  let s = raw.normalize('NFKC').replace(/\u2212/g, '-').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  // Whitespace inside a number splits it: `12 3` is two numbers, not 123.
  if (/[\d.,]\s+[\d.,]/.test(s)) return undefined;
  s = s.replace(/\s+/g, '');
  if (MISSING.has(s.toLowerCase()) || DASH_WITH_UNIT.test(s)) return null;
  let m: RegExpExecArray | null;
  switch (unit) {
    case 'percent': {
      if (!(m = PERCENT.exec(s))) return undefined;
      const v = signOf(m[1]) * read(m[2]!);
      const ratio = m[3] === '' && context === 'file' && hint !== 'percent' && Math.abs(v) <= 1;
      return ratio ? v * 100 : v;
    }
    case 'seconds':
    case 'duration':
      return timeReading(s, unit, hint);
    case 'yuan': {
      if (!(m = YUAN.exec(s)) || (m[1] && m[3])) return undefined;
      const fen = hint === 'fen' && m[2] === '' && m[6] === '';
      const v = signOf(m[1] || m[3]) * read(m[4]!) * (m[5] ? MAGNITUDE[m[5].toLowerCase()]! : 1);
      return fen ? v / 100 : v;
    }
    case 'count':
      if (!(m = COUNT.exec(s))) return undefined;
      return signOf(m[1]) * read(m[2]!) * (m[3] ? MAGNITUDE[m[3].toLowerCase()]! : 1);
    case 'ratio': {
      if (!(m = RATIO.exec(s))) return undefined;
      const b = signOf(m[2]) * read(m[3]!);
      if (m[1] === undefined) return b;
      const a = read(m[1]);
      return a === 0 ? undefined : b / a;
    }
  }
}

/** Equal within the unit's precision: the parser rounds time arithmetic to the nanosecond, decimals are exact. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
