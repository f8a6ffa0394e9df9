import type { HeaderUnitHint, Unit } from '../model/metric-types';

/**
 * Header text → a canonical key for matching, plus the unit the header writes in brackets.
 *
 * Noise removed: line breaks and spaces, zero-width chars, tooltip glyphs (ⓘ ? ？), icon-font glyphs
 * (U+E000–U+F8FF), sort arrows (↑↓▲▼⇅ …), trailing colons, and bracket groups that hold a unit
 * (`(秒)`, `（%）`, `(单位：元)`) or a qualifier (`(8-23点)`, `(原咨询人数)`). Full-width letters, digits
 * and punctuation are folded to ASCII and Latin letters lower-cased. Arrow spellings (→, -&gt;, >, a
 * hyphen between words) become `->`. A bracket group with any other text is kept: `销售额(去退)` must
 * not turn into `销售额`, an unknown qualifier leaves the header unknown rather than mislabelled.
 */

/** `分` alone is fen under a money header and minutes under a time header: decided by the metric. */
type UnitToken = HeaderUnitHint | 'fen_or_minutes';

const UNIT_TOKENS: Readonly<Record<string, UnitToken>> = {
  秒: 'seconds', 秒钟: 'seconds', s: 'seconds', sec: 'seconds', secs: 'seconds',
  分钟: 'minutes', min: 'minutes', mins: 'minutes',
  分: 'fen_or_minutes',
  小时: 'hours', 时: 'hours', h: 'hours', hr: 'hours', hrs: 'hours',
  元: 'yuan', '¥': 'yuan', rmb: 'yuan', 人民币: 'yuan',
  '%': 'percent', 百分比: 'percent',
  人: 'count', 人数: 'count', 人次: 'count', 次: 'count', 次数: 'count', 个: 'count', 件: 'count', 单: 'count',
  笔: 'count', 条: 'count', 位: 'count', 字: 'count',
};

const ENTITY_G = /&(gt|lt|amp|nbsp|#62|#60|#x3e|#x3c);/gi;
const ENTITIES: Readonly<Record<string, string>> = { gt: '>', lt: '<', amp: '&', nbsp: ' ', '#62': '>', '#60': '<', '#x3e': '>', '#x3c': '<' };
const FULLWIDTH_G = /[\uFF01-\uFF5E]/g;
const OPEN_G = /[[【〔〖]/g;
const CLOSE_G = /[\]】〕〗]/g;
/** Whitespace, zero-width, tooltip glyphs, variation selectors, icon fonts, sort arrows and carets. */
const DROP_G = /[\s\u200B-\u200D\u2060\uFEFF\uE000-\uF8FF?ⓘℹ❓❔⍰↑↓↕⇅⇵⇳⬆⬇⬍▲▼△▽▴▾▵▿⏶⏷⯅⯆︿﹀˄˅⌃⌄]|\uFE0E|\uFE0F/g;
const BRACKET_G = /\(([^()]*)\)/g;
const UNIT_PREFIX = /^单位:?/;
/** `8-23点`, `08:00-23:00`, `0点至24点`. */
const TIME_WINDOW = /^\d[\d:.]*[点时]?[-~至到]\d[\d:.]*[点时]?$/;
/** `原咨询人数`: the column's former name. */
const FORMER_NAME = /^原./;
const SLASH_UNIT = /\/([^/]+)$/;
const ARROW_G = /[-—–=]*(?:>|→|⇒|➔|➝|➜|⟶)+/g;
const HYPHEN_ARROW_G = /(?<=[^\d>-])[-—–](?=[^\d>-])/g;
const TRAILING_COLONS = /:+$/;
const MONEY_WORD = /额|价|款|金|元|钱/;
const TIME_WORD = /时|响应|首响|速度/;

/** Folds full-width forms to ASCII and drops every space and zero-width char (cells and labels too). */
export function compactText(text: string): string {
  return text
    .replace(FULLWIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** [normalised key, first unit token found in the header]. */
export function analyzeHeader(text: string): [string, UnitToken | null] {
  let token: UnitToken | null = null;
  let s = text;
  if (s.indexOf('&') !== -1) s = s.replace(ENTITY_G, (_, e: string) => ENTITIES[e.toLowerCase()] ?? '');
  s = s
    .replace(FULLWIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace('\uFFE5', '¥')
    .replace(DROP_G, '')
    .replace(OPEN_G, '(')
    .replace(CLOSE_G, ')')
    .toLowerCase();
  if (s.indexOf('(') !== -1) {
    s = s.replace(BRACKET_G, (group, inner: string) => {
      const unit = UNIT_TOKENS[inner.replace(UNIT_PREFIX, '')];
      if (unit) {
        token ??= unit;
        return '';
      }
      return TIME_WINDOW.test(inner) || FORMER_NAME.test(inner) ? '' : group;
    });
  }
  // Colons first: `咨询人数/人：` has a unit after its slash.
  s = s.replace(TRAILING_COLONS, '');
  const slash = SLASH_UNIT.exec(s);
  const slashUnit = slash ? UNIT_TOKENS[slash[1]!] : undefined;
  if (slash && slashUnit) {
    token ??= slashUnit;
    s = s.slice(0, slash.index);
  }
  s = s.replace(ARROW_G, '->').replace(HYPHEN_ARROW_G, '->');
  return [s, token];
}

/** The canonical matching key of a header text (see the file comment for what is dropped). */
export function normalizeHeader(text: string): string {
  return analyzeHeader(text)[0];
}

const COMPATIBLE: Readonly<Record<Unit, readonly HeaderUnitHint[]>> = {
  percent: ['percent'],
  seconds: ['seconds', 'minutes', 'hours'],
  duration: ['seconds', 'minutes', 'hours'],
  yuan: ['yuan', 'fen'],
  count: ['count'],
  ratio: [],
};

/** Turns a header's unit token into a hint; with the metric's unit, drops hints that do not apply to it. */
export function resolveUnitHint(token: UnitToken | null, normal: string, unit?: Unit): HeaderUnitHint | null {
  if (token === null) return null;
  let hint: HeaderUnitHint | null;
  if (token === 'fen_or_minutes') {
    if (unit) hint = unit === 'yuan' ? 'fen' : 'minutes';
    else hint = MONEY_WORD.test(normal) ? 'fen' : TIME_WORD.test(normal) ? 'minutes' : null;
  } else hint = token;
  return hint && (!unit || COMPATIBLE[unit].includes(hint)) ? hint : null;
}

/**
 * The unit a header writes for bare numbers in its cells: (秒)/(s) seconds, (分钟)/(min) minutes,
 * (小时)/(h) hours, (元) yuan, (%) percent, (人)/(次) count, and (分): fen under a money metric, minutes
 * under a time metric. Pass the metric's unit when known; without it `分` is judged from the header
 * words (销售额 → fen, 平均响应 → minutes) or left null. Hints that cannot apply to `unit` give null.
 */
export function headerUnitHint(text: string, unit?: Unit): HeaderUnitHint | null {
  const [normal, token] = analyzeHeader(text);
  return resolveUnitHint(token, normal, unit);
}
