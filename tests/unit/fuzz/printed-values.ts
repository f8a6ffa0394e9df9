import fc from 'fast-check';
import { MISSING_MARKERS } from '../../../lib/metrics/header-vocabulary';
import type { HeaderUnitHint, Unit, ValueContext } from '../../../lib/model/metric-types';

/**
 * Canonical values and the ways consoles print them (docs/metrics.md "Canonical units", docs/consoles.md),
 * as fast-check arbitraries: each case is a cell text with the value a reader of that console means.
 */

export interface PrintedCell {
  text: string;
  unit: Unit;
  hint: HeaderUnitHint | null;
  context: ValueContext;
  /** The canonical value the text means; null for a missing marker. */
  expected: number | null;
}

type Case = Omit<PrintedCell, 'text'> & { text: string };

const CONTEXT = fc.constantFrom<ValueContext>('page', 'file');
const DIGIT = fc.constantFrom(...'0123456789');

/** An unsigned decimal as printed: its text (no grouping) and its value. */
interface Decimal {
  int: string;
  frac: string;
  value: number;
}
function decimal(maxInt: number, maxFrac: number): fc.Arbitrary<Decimal> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxInt }), fc.string({ unit: DIGIT, maxLength: maxFrac }))
    .map(([i, frac]) => ({ int: String(i), frac, value: Number(frac ? `${i}.${frac}` : `${i}`) }));
}
const integerText = (max: number): fc.Arbitrary<Decimal> => decimal(max, 0);

/** `1234567.5` → `1,234,567.5` when grouped (the consoles' thousands separator). */
function print(d: Decimal, grouped: boolean): string {
  const int = grouped ? d.int.replace(/\B(?=(\d{3})+$)/g, ',') : d.int;
  return d.frac ? `${int}.${d.frac}` : int;
}

/** A sign as consoles print it: none, ASCII, or the typographic minus. */
const SIGN = fc.constantFrom<[string, number]>(['', 1], ['', 1], ['-', -1], ['+', 1], ['\u2212', -1]);

const pad2 = (n: number) => String(n).padStart(2, '0');

const percentCases: fc.Arbitrary<Case> = fc.oneof(
  // With a percent sign: points in every context, under every hint.
  fc
    .record({ d: decimal(100_000, 4), sign: SIGN, grouped: fc.boolean(), gap: fc.constantFrom('', ' '), hint: fc.constantFrom<HeaderUnitHint | null>(null, 'percent'), context: CONTEXT })
    .map(({ d, sign, grouped, gap, hint, context }) => ({ text: `${sign[0]}${print(d, grouped)}${gap}%`, unit: 'percent' as const, hint, context, expected: sign[1] * d.value })),
  // Bare points: on a page, or under a (%) header anywhere.
  fc
    .record({ d: decimal(1000, 4), sign: SIGN, hint: fc.constantFrom<HeaderUnitHint | null>(null, 'percent') })
    .map(({ d, sign, hint }) => ({ text: `${sign[0]}${print(d, false)}`, unit: 'percent' as const, hint, context: hint === 'percent' ? ('file' as const) : ('page' as const), expected: sign[1] * d.value })),
  // A file export's bare rate: a decimal ≤ 1 is a ratio (0.4567 = 45.67%), above 1 it is points.
  fc
    .record({ d: decimal(1, 6), sign: SIGN })
    .filter(({ d }) => d.value <= 1)
    .map(({ d, sign }) => ({ text: `${sign[0]}${print(d, false)}`, unit: 'percent' as const, hint: null, context: 'file' as const, expected: sign[1] * d.value * 100 })),
  fc
    .record({ d: decimal(1000, 3) })
    .filter(({ d }) => d.value > 1)
    .map(({ d }) => ({ text: print(d, false), unit: 'percent' as const, hint: null, context: 'file' as const, expected: d.value })),
);

/** Seconds per unit word: what a time cell may write after a number. */
const TIME_WORDS: ReadonlyArray<readonly [rank: number, words: readonly string[], seconds: number]> = [
  [0, ['天', 'd'], 86400],
  [1, ['小时', '时', 'h', 'hr'], 3600],
  [2, ['分钟', '分', 'min', 'm'], 60],
  [3, ['秒', '秒钟', 's', 'sec'], 1],
];

/** `7小时41分52秒`, `2天3小时`, `1分20秒`, `12.5s`: ranks in decreasing order, the last may have decimals. */
const timeParts = fc
  .record({
    ranks: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
    ints: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 4, maxLength: 4 }),
    lastFrac: fc.string({ unit: DIGIT, maxLength: 3 }),
    words: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    gap: fc.constantFrom('', ' '),
  })
  .map(({ ranks, ints, lastFrac, words, gap }) => {
    let text = '';
    let seconds = 0;
    ranks.forEach((rank, i) => {
      const [, names, perUnit] = TIME_WORDS[rank]!;
      const last = i === ranks.length - 1;
      const number = last && lastFrac ? `${ints[i]}.${lastFrac}` : String(ints[i]);
      text += `${number}${gap}${names[words[i]! % names.length]}${last ? '' : gap}`;
      seconds += Number(number) * perUnit;
    });
    return { text, seconds };
  });

const BARE_SCALE: Readonly<Record<string, number>> = { seconds: 1, minutes: 60, hours: 3600 };

function timeCases(unit: 'seconds' | 'duration'): fc.Arbitrary<Case> {
  const anyHint = fc.constantFrom<HeaderUnitHint | null>(null, 'seconds', 'minutes', 'hours');
  return fc.oneof(
    // A bare number: the header's unit, else seconds (seconds) or hours (duration).
    fc.record({ d: decimal(100_000, 3), sign: SIGN, hint: anyHint, context: CONTEXT }).map(({ d, sign, hint, context }) => {
      const scale = hint ? BARE_SCALE[hint]! : unit === 'duration' ? 3600 : 1;
      return { text: `${sign[0]}${print(d, false)}`, unit, hint, context, expected: sign[1] * d.value * scale };
    }),
    // Numbers with unit words: the words decide, whatever the header says.
    fc.record({ t: timeParts, minus: fc.boolean(), hint: anyHint, context: CONTEXT }).map(({ t, minus, hint, context }) => ({
      text: `${minus ? '-' : ''}${t.text}`,
      unit,
      hint,
      context,
      expected: (minus ? -1 : 1) * t.seconds,
    })),
    // Clocks: h:mm:ss always; two parts are m:ss for seconds and h:mm for durations.
    fc
      .record({ a: fc.integer({ min: 0, max: 200 }), b: fc.integer({ min: 0, max: 59 }), c: fc.option(fc.integer({ min: 0, max: 59 })), padA: fc.boolean(), minus: fc.boolean(), hint: anyHint, context: CONTEXT })
      .map(({ a, b, c, padA, minus, hint, context }) => {
        const head = padA ? pad2(a) : String(a);
        const text = c === null ? `${head}:${pad2(b)}` : `${head}:${pad2(b)}:${pad2(c)}`;
        const seconds = c !== null ? a * 3600 + b * 60 + c : unit === 'duration' ? a * 3600 + b * 60 : a * 60 + b;
        return { text: `${minus ? '-' : ''}${text}`, unit, hint, context, expected: (minus ? -1 : 1) * seconds };
      }),
  );
}

const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [['', 1], ['', 1], ['万', 1e4], ['w', 1e4], ['W', 1e4], ['亿', 1e8]];

const yuanCases: fc.Arbitrary<Case> = fc.oneof(
  fc
    .record({
      d: decimal(10_000_000, 2),
      grouped: fc.boolean(),
      sign: SIGN,
      signAfterCurrency: fc.boolean(),
      currency: fc.constantFrom('', '¥', '￥'),
      magnitude: fc.constantFrom(...MAGNITUDES),
      suffix: fc.constantFrom('', '元'),
      hint: fc.constantFrom<HeaderUnitHint | null>(null, 'yuan', 'fen'),
      context: CONTEXT,
    })
    // A bare number under a 分 header is fen: covered below.
    .filter(({ currency, suffix, hint }) => !(hint === 'fen' && currency === '' && suffix === ''))
    .map(({ d, grouped, sign, signAfterCurrency, currency, magnitude, suffix, hint, context }) => {
      const body = `${print(d, grouped)}${magnitude[0]}${suffix}`;
      const text = signAfterCurrency ? `${currency}${sign[0]}${body}` : `${sign[0]}${currency}${body}`;
      return { text, unit: 'yuan' as const, hint, context, expected: sign[1] * d.value * magnitude[1] };
    }),
  // PDD exports money in fen under a `(分)` header: a bare number is divided by 100.
  fc
    .record({ d: decimal(100_000_000, 0), grouped: fc.boolean(), magnitude: fc.constantFrom(...MAGNITUDES), context: CONTEXT })
    .map(({ d, grouped, magnitude, context }) => ({ text: `${print(d, grouped)}${magnitude[0]}`, unit: 'yuan' as const, hint: 'fen' as const, context, expected: (d.value * magnitude[1]) / 100 })),
);

const countCases: fc.Arbitrary<Case> = fc.oneof(
  fc
    .record({
      d: integerText(10_000_000),
      grouped: fc.boolean(),
      suffix: fc.constantFrom('', '人', '次', '人次', '个', '件', '单', '笔', '条', '字', '位'),
      hint: fc.constantFrom<HeaderUnitHint | null>(null, 'count'),
      context: CONTEXT,
    })
    .map(({ d, grouped, suffix, hint, context }) => ({ text: `${print(d, grouped)}${suffix}`, unit: 'count' as const, hint, context, expected: d.value })),
  // `1.2万`: the console rounds large counts to 万.
  fc
    .record({ d: decimal(9999, 2), magnitude: fc.constantFrom(...MAGNITUDES), context: CONTEXT })
    .map(({ d, magnitude, context }) => ({ text: `${print(d, false)}${magnitude[0]}`, unit: 'count' as const, hint: null, context, expected: d.value * magnitude[1] })),
);

const ratioCases: fc.Arbitrary<Case> = fc.oneof(
  fc.record({ d: decimal(1000, 4), sign: SIGN, context: CONTEXT }).map(({ d, sign, context }) => ({ text: `${sign[0]}${print(d, false)}`, unit: 'ratio' as const, hint: null, context, expected: sign[1] * d.value })),
  // 答问比 `1:1.35` is 1.35; `a:b` is b/a.
  fc
    .record({ a: decimal(1000, 2), b: decimal(10_000, 3), grouped: fc.boolean(), context: CONTEXT })
    .filter(({ a }) => a.value > 0)
    .map(({ a, b, grouped, context }) => ({ text: `${print(a, grouped)}:${print(b, grouped)}`, unit: 'ratio' as const, hint: null, context, expected: b.value / a.value })),
);

const UNITS: readonly Unit[] = ['percent', 'seconds', 'duration', 'yuan', 'count', 'ratio'];
const ANY_HINT = fc.constantFrom<HeaderUnitHint | null>(null, 'seconds', 'minutes', 'hours', 'fen', 'yuan', 'percent', 'count');

/** Every missing marker of docs/metrics.md, as printed (case, full-width dash) and with a unit around a dash. */
const missingCases: fc.Arbitrary<Case> = fc
  .record({
    marker: fc.constantFrom(...MISSING_MARKERS, 'N/A', 'NaN', '#DIV/0!', '#N/A', 'NULL', '－', '－－'),
    affix: fc.constantFrom<[string, string]>(['', ''], ['', '%'], ['', '元'], ['¥', ''], ['', '秒'], ['', '人'], ['', '次']),
    unit: fc.constantFrom(...UNITS),
    hint: ANY_HINT,
    context: CONTEXT,
  })
  .map(({ marker, affix, unit, hint, context }) => {
    // A unit around a dash (`-%`, `--元`) only: `暂无%` is not something consoles print.
    const dash = /^[-—–―－]+$/.test(marker);
    return { text: dash ? `${affix[0]}${marker}${affix[1]}` : marker, unit, hint, context, expected: null };
  });

/** Full-width forms of ASCII: Chinese input methods type them (`１２．５％`). */
function fullWidth(text: string, mask: number): string {
  let i = 0;
  return text.replace(/[!-~]/g, (c) => ((mask >> i++ % 30) & 1 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
}

/** What surrounds a cell's text in the DOM: spaces, line breaks, no-break and zero-width spaces. */
const EDGE = fc.constantFrom('', '', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\n  ');

/** A printed cell of any unit, possibly full-width and wrapped in whitespace. */
export const printedCell: fc.Arbitrary<PrintedCell> = fc
  .record({
    c: fc.oneof(percentCases, timeCases('seconds'), timeCases('duration'), yuanCases, countCases, ratioCases, missingCases),
    wide: fc.oneof(fc.constant(0), fc.constant(-1), fc.nat()),
    before: EDGE,
    after: EDGE,
  })
  .map(({ c, wide, before, after }) => ({ ...c, text: `${before}${fullWidth(c.text, wide)}${after}` }));

/** Characters of value cells and their near misses, for random texts. */
const GARBAGE_CHARS = [
  ...'0123456789',
  ...'0123456789',
  ...'.,:%-+ \n¥￥元万亿wW秒分钟小时天smhdeE人次件/：，．％－１２−',
  '暂无',
  '较前一日',
  '↑',
  '\u200b',
  '\u3000',
  '\u00a0',
  'N/A',
  '--',
];
const garbageChar = fc.constantFrom(...GARBAGE_CHARS);

export interface CellText {
  text: string;
  unit: Unit;
  hint: HeaderUnitHint | null;
  context: ValueContext;
}

/** Random texts, printed cells with one character changed, and two printed cells run together. */
export const garbageCell: fc.Arbitrary<CellText> = fc.oneof(
  fc.record({ text: fc.string({ unit: garbageChar, maxLength: 10 }), unit: fc.constantFrom(...UNITS), hint: ANY_HINT, context: CONTEXT }),
  fc
    .record({ c: printedCell, at: fc.nat(), op: fc.constantFrom('insert', 'delete', 'replace', 'double'), ch: garbageChar })
    .map(({ c, at, op, ch }) => {
      const i = c.text.length === 0 ? 0 : at % c.text.length;
      const t = c.text;
      const text =
        op === 'insert' ? t.slice(0, i) + ch + t.slice(i) : op === 'delete' ? t.slice(0, i) + t.slice(i + 1) : op === 'replace' ? t.slice(0, i) + ch + t.slice(i + 1) : t.slice(0, i + 1) + t.slice(i);
      return { text, unit: c.unit, hint: c.hint, context: c.context };
    }),
  fc
    .record({ a: printedCell, b: printedCell, sep: fc.constantFrom('', ' ', '\n', '\u00a0', '\u3000', '/') })
    .map(({ a, b, sep }) => ({ text: `${a.text}${sep}${b.text}`, unit: a.unit, hint: a.hint, context: a.context })),
);
