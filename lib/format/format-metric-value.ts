import type { Unit } from '../model';

/**
 * Numbers as a 客服主管 reads them, per unit and language: 96.1%, 12.5秒 / 12.5 s, 1分20秒, 8小时32分,
 * ¥1,234.50, ¥1.23万, 1.2万. Negative numbers use the real minus sign '−' (U+2212) everywhere.
 */
export type FormatLanguage = 'zh' | 'en';

const MISSING = '—';
const MINUS = '−';

const formatters = new Map<string, Intl.NumberFormat>();

/** Grouped number with 0…max fraction digits (or exactly `min`…max); formatters are cached. */
function num(value: number, lang: FormatLanguage, max: number, min = 0): string {
  const key = `${lang}|${min}|${max}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f.format(value).replace(/-/g, MINUS);
}

/** Rounds to `digits` decimals the way Intl does for display, to decide on a unit switch (59.96 s → 1 min). */
function rounded(value: number, digits: number): number {
  const p = 10 ** digits;
  return Math.round(value * p) / p;
}

/** 万 / 亿 for large numbers in Chinese (1.2万, ¥1.23万); null in English or below 10,000. */
function wan(abs: number, lang: FormatLanguage, digits: number): string | null {
  if (lang !== 'zh' || abs < 1e4) return null;
  // 99,999,999 would round to "10,000万": that is 1亿.
  if (abs >= 1e8 || rounded(abs / 1e4, digits) >= 1e4) return `${num(abs / 1e8, lang, digits)}亿`;
  return `${num(abs / 1e4, lang, digits)}万`;
}

function seconds(abs: number, lang: FormatLanguage): string {
  const tenths = rounded(abs, 1);
  if (tenths < 60) return lang === 'zh' ? `${num(tenths, lang, 1)}秒` : `${num(tenths, lang, 1)} s`;
  const whole = Math.round(abs);
  if (whole >= 3600) return duration(whole, lang);
  const min = Math.floor(whole / 60);
  const sec = whole % 60;
  if (lang === 'zh') return sec === 0 ? `${min}分钟` : `${min}分${sec}秒`;
  return sec === 0 ? `${min} min` : `${min} min ${sec} s`;
}

function duration(abs: number, lang: FormatLanguage): string {
  if (abs < 60) return seconds(abs, lang);
  const totalMin = Math.round(abs / 60);
  const h = Math.floor(totalMin / 60);
  const min = totalMin % 60;
  const hours = num(h, lang, 0);
  if (lang === 'zh') {
    if (h === 0) return `${min}分钟`;
    return min === 0 ? `${hours}小时` : `${hours}小时${min}分`;
  }
  if (h === 0) return `${min} min`;
  return min === 0 ? `${hours} h` : `${hours} h ${min} min`;
}

function yuan(abs: number, lang: FormatLanguage): string {
  const big = wan(abs, lang, 2);
  if (big !== null) return `¥${big}`;
  if (lang === 'en' && abs >= 1e4) return `¥${num(abs, lang, 0)}`;
  return `¥${num(abs, lang, 2, 2)}`;
}

function count(abs: number, lang: FormatLanguage): string {
  return wan(abs, lang, 1) ?? num(abs, lang, 1);
}

/** The magnitude in the unit's format, without a sign. */
function magnitude(abs: number, unit: Unit, lang: FormatLanguage): string {
  switch (unit) {
    case 'percent':
      return `${num(abs, lang, 1)}%`;
    case 'seconds':
      return seconds(abs, lang);
    case 'duration':
      return duration(abs, lang);
    case 'yuan':
      return yuan(abs, lang);
    case 'count':
      return count(abs, lang);
    case 'ratio':
      return num(abs, lang, 2);
  }
}

/** True when the value shows as zero in its unit's format (so it carries no sign). */
function showsAsZero(abs: number, unit: Unit): boolean {
  switch (unit) {
    case 'percent':
    case 'count':
    case 'seconds':
      return rounded(abs, 1) === 0;
    case 'duration':
      return abs < 0.05;
    case 'yuan':
    case 'ratio':
      return rounded(abs, 2) === 0;
  }
}

/** A metric value in its unit; null (missing) → '—'. */
export function formatMetricValue(value: number | null, unit: Unit, lang: FormatLanguage): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const abs = Math.abs(value);
  const text = magnitude(abs, unit, lang);
  return value < 0 && !showsAsZero(abs, unit) ? `${MINUS}${text}` : text;
}

/**
 * A signed difference in the metric's unit: '+1.9秒', '−1分20秒', '+¥120.00'. Percent gaps are percentage
 * points: zh '−1.9个百分点', en '−1.9 pp'. A gap that shows as zero has no sign. null → '—'.
 */
export function formatGap(gap: number | null, unit: Unit, lang: FormatLanguage): string {
  if (gap === null || !Number.isFinite(gap)) return MISSING;
  const abs = Math.abs(gap);
  const text =
    unit === 'percent' ? (lang === 'zh' ? `${num(abs, lang, 1)}个百分点` : `${num(abs, lang, 1)} pp`) : magnitude(abs, unit, lang);
  if (showsAsZero(abs, unit)) return text;
  return `${gap < 0 ? MINUS : '+'}${text}`;
}

/** A relative change in percent, signed, one decimal: '+12.3%', '−4.5%', '0%'. null → '—'. */
export function formatPercentChange(p: number | null, lang: FormatLanguage): string {
  if (p === null || !Number.isFinite(p)) return MISSING;
  const abs = Math.abs(p);
  const text = `${num(abs, lang, 1)}%`;
  if (rounded(abs, 1) === 0) return text;
  return `${p < 0 ? MINUS : '+'}${text}`;
}
