import type { PlainKey, Unit } from '../model';

/**
 * Scheme values are stored in the metric's canonical unit (lib/metrics: percent points, seconds, yuan,
 * counts; long durations in seconds). The editor shows them in the unit a manager thinks in: only
 * durations differ (hours, since "8 小时 online" is how shops write the rule).
 */

interface DisplayUnit {
  /** canonical = display × factor */
  factor: number;
  /** Decimals kept when showing a canonical value: enough that showing and reading back is exact. */
  decimals: number;
  /** Canonical decimals kept when reading a display value back (hides float noise such as 29999.9988). */
  canonicalDecimals: number;
  /** The unit shown after the input (a locale key). */
  suffix: PlainKey;
}

export const DISPLAY_UNITS: Readonly<Record<Unit, DisplayUnit>> = {
  percent: { factor: 1, decimals: 6, canonicalDecimals: 6, suffix: 'unitSuffixPercent' },
  seconds: { factor: 1, decimals: 6, canonicalDecimals: 6, suffix: 'unitSuffixSeconds' },
  duration: { factor: 3600, decimals: 6, canonicalDecimals: 2, suffix: 'unitSuffixDuration' },
  yuan: { factor: 1, decimals: 6, canonicalDecimals: 6, suffix: 'unitSuffixYuan' },
  count: { factor: 1, decimals: 6, canonicalDecimals: 6, suffix: 'unitSuffixCount' },
  ratio: { factor: 1, decimals: 6, canonicalDecimals: 6, suffix: 'unitSuffixRatio' },
};

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export function toDisplayNumber(unit: Unit, canonical: number): number {
  const u = DISPLAY_UNITS[unit];
  return round(canonical / u.factor, u.decimals);
}

export function fromDisplayNumber(unit: Unit, display: number): number {
  const u = DISPLAY_UNITS[unit];
  return round(display * u.factor, u.canonicalDecimals);
}

/** The text an input starts with: the display value without trailing zeros (`98`, `8.5`, `0.25`). */
export function displayText(unit: Unit, canonical: number): string {
  return plainNumberText(toDisplayNumber(unit, canonical));
}

/** A number as a person types it: no exponent, no float noise. */
export function plainNumberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  return String(round(n, 6));
}

/** Units people may type after the number; the field's unit is what counts, so they are dropped. */
const TYPED_SUFFIX = /\s*(?:%|％|秒钟?|s|sec|小时|时|h|hr|元|¥|￥|yuan|人次|人\/次|人|次|件|单|分|points?|pts?)$/i;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a number typed into an editor field: full-width digits, thousands separators and a trailing unit
 * and a leading ¥ are accepted (`９８`, `1,200`, `98%`, `8.5小时`, `¥1,500`). Empty or anything else is null.
 */
export function parseNumberText(text: string): number | null {
  const folded = text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]+/g, ' ')
    .replace(/[−–]/g, '-')
    .trim();
  const bare = folded.replace(/^[¥￥]\s*/, '').replace(TYPED_SUFFIX, '').replace(/,(?=\d{3}(?:\D|$))/g, '').replace(/\s+/g, '');
  if (!NUMBER.test(bare)) return null;
  const n = Number(bare);
  return Number.isFinite(n) ? n : null;
}

/** Unit of a commission rate: a percentage of a money metric, or yuan per unit of a count metric. */
export const COMMISSION_RATE_SUFFIX: Readonly<Record<'percent_of' | 'per_unit', PlainKey>> = {
  percent_of: 'commissionSuffixPercent',
  per_unit: 'commissionSuffixPerUnit',
};
