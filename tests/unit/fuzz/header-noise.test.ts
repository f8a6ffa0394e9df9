import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeHeader } from '../../../lib/metrics/recognize-header';
import { METRICS } from '../../../lib/model/metric-catalog';
import type { Unit } from '../../../lib/model/metric-types';
import { fuzz, fuzzTimeout } from './fuzz-settings';

/** Header noise never changes the recognised id (issue 11, property 2). */

/** Every synonym of the catalog with its metric. */
const SYNONYMS = METRICS.flatMap((m) => m.names.map((name) => ({ name, id: m.id, unit: m.unit })));

/** Units consoles write in brackets after a header, per metric unit (`平均响应时间(秒)`, `询单转化率（%）`). */
const UNIT_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  percent: ['%', '百分比'],
  seconds: ['秒', 's', '分钟', 'min', '分', '小时', '单位：秒', '单位:秒'],
  duration: ['小时', 'h', '分钟', '秒', '分', '单位：小时'],
  yuan: ['元', '¥', '￥', '分', '单位：元', 'RMB', '人民币'],
  count: ['人', '次', '个', '人次', '件', '单', '笔', '单位：人'],
  ratio: [],
};
const BRACKETS: ReadonlyArray<readonly [string, string]> = [['(', ')'], ['（', '）'], ['[', ']'], ['【', '】'], ['〔', '〕']];
/** Spaces, line breaks and the invisible characters of rich-text headers. */
const WHITESPACE = ['', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\n    '];
/** Tooltip marks and icon-font glyphs beside the title. */
const TOOLTIPS = ['ⓘ', '?', '？', '❓', 'ℹ', 'ℹ️', '\ue600', '\ue6a1', '\uf059'];
/** Sort arrows and carets of the table libraries. */
const SORTERS = ['↑', '↓', '↑↓', '▲▼', '▲', '▼', '⇅', '↕', '︿﹀', '⬆', '⬇', '▴▾', '⏶⏷', '˄˅', '⌃⌄'];
/** How consoles write the `->` of funnel headers (询单->最终付款人数). */
const ARROWS = ['->', '→', '-&gt;', '—>', '－＞', '⟶', '=>', '➔', '-', '—'];

const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);

function toFullWidth(text: string, mask: number): string {
  let i = 0;
  return text.replace(/[!-~]/g, (c) => ((mask >> i++ % 30) & 1 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
}

function mixCase(text: string, mask: number): string {
  let i = 0;
  return text.replace(/[a-z]/gi, (c) => ((mask >> i++ % 30) & 1 ? c.toUpperCase() : c.toLowerCase()));
}

/** A synonym as a console might print it. */
const noisyHeader = fc
  .record({
    synonym: pick(SYNONYMS),
    arrow: pick(ARROWS),
    bracket: pick(BRACKETS),
    unitWord: fc.option(fc.nat(), { freq: 2 }),
    unitBracket: pick(BRACKETS),
    slashUnit: fc.boolean(),
    fullWidthMask: fc.oneof(fc.constant(0), fc.constant(-1), fc.nat()),
    caseMask: fc.nat(),
    gaps: fc.array(pick(WHITESPACE), { minLength: 40, maxLength: 40 }),
    before: fc.array(fc.oneof(pick(TOOLTIPS), pick(SORTERS), pick(WHITESPACE)), { maxLength: 2 }),
    after: fc.array(fc.oneof(pick(TOOLTIPS), pick(SORTERS), pick(WHITESPACE), fc.constantFrom(':', '：')), { maxLength: 3 }),
  })
  .map((r) => {
    const { name, id, unit } = r.synonym;
    let text = name.replace('(', r.bracket[0]).replace(')', r.bracket[1]);
    const words = UNIT_WORDS[unit];
    if (r.unitWord !== null && words.length > 0) {
      const word = words[r.unitWord % words.length]!;
      text += r.slashUnit && !word.includes('单位') ? `/${word}` : `${r.unitBracket[0]}${word}${r.unitBracket[1]}`;
    }
    // Widths, case and line breaks (a header wrapped over lines, invisible characters) around the arrow,
    // which comes as the console writes it (an entity is never split or widened).
    text = text
      .split('->')
      .map((part) => [...mixCase(toFullWidth(part, r.fullWidthMask), r.caseMask)].map((c, i) => c + r.gaps[i % r.gaps.length]!).join(''))
      .join(r.arrow);
    return { text: `${r.before.join('')}${text}${r.after.join('')}`, name, id };
  });

/** Letters and digits only, NFKC-folded and lower-cased: a crude reading of what a header says. */
const words = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Characters metric names are made of, plus look-alikes: strings near the catalog's vocabulary. */
const NAME_CHARS = [...new Set(SYNONYMS.flatMap((s) => [...s.name]))];
const nearHeader = fc.oneof(
  // Random strings of the catalog's characters.
  fc.string({ unit: fc.constantFrom(...NAME_CHARS, ' ', '(', ')', '%', '秒', '额', '率'), maxLength: 10 }),
  // A synonym with a character dropped, changed or added: `询单转化` is not a metric.
  fc.record({ s: pick(SYNONYMS), at: fc.nat(), op: fc.constantFrom('drop', 'change', 'add'), c: fc.constantFrom(...NAME_CHARS) }).map(({ s, at, op, c }) => {
    const chars = [...s.name];
    const i = at % chars.length;
    if (op === 'drop') chars.splice(i, 1);
    else if (op === 'change') chars[i] = c;
    else chars.splice(i, 0, c);
    return chars.join('');
  }),
  // A synonym inside other words: `客服销售额(去退)`, `有效接待人数`, `平均首次响应时长(8-23点)`.
  fc
    .record({ s: pick(SYNONYMS), pre: fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 3 }), post: fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 3 }), paren: fc.boolean() })
    .map(({ s, pre, post, paren }) => `${pre}${s.name}${paren && post ? `(${post})` : post}`),
);

describe('fuzz: recognizeHeader', () => {
  it('recognises every synonym of the catalog through the noise consoles print around it', () => {
    fc.assert(
      fc.property(noisyHeader, ({ text, id }) => {
        const match = recognizeHeader(text);
        expect(match.type === 'metric' ? match.metricId : match.type, JSON.stringify(text)).toBe(id);
      }),
      fuzz(3000),
    );
  }, fuzzTimeout());

  it('never maps a text to a metric none of whose names it contains', () => {
    fc.assert(
      fc.property(nearHeader, (text) => {
        const match = recognizeHeader(text);
        if (match.type !== 'metric') return;
        const metric = METRICS.find((m) => m.id === match.metricId)!;
        const said = words(text);
        // A name's unit bracket is noise too: `首次响应(秒)` names 首次响应.
        const contained = [...metric.names, metric.id].some((name) => said.includes(words(name.replace(/\(秒\)$/, ''))));
        expect(contained, `${JSON.stringify(text)} → ${match.metricId}`).toBe(true);
      }),
      fuzz(3000),
    );
  }, fuzzTimeout());
});
