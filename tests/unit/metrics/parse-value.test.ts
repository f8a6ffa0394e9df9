import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../lib/metrics/parse-value';
import type { HeaderUnitHint, ParsedValue, Unit, ValueContext } from '../../../lib/model/metric-types';

type Row = [text: string, expected: number];
const value = (v: number): ParsedValue => ({ kind: 'value', value: v });
const UNITS: Unit[] = ['percent', 'seconds', 'duration', 'yuan', 'count', 'ratio'];

function check(unit: Unit, hint: HeaderUnitHint | null, context: ValueContext, rows: Row[]) {
  it.each(rows)(`${unit}/${hint ?? '-'}/${context}: %j → %s`, (text, expected) => {
    expect(parseValue(text, unit, hint, context)).toEqual(value(expected));
  });
}

describe('percent', () => {
  const both: Row[] = [
    ['45.67%', 45.67],
    ['45.7 %', 45.7],
    ['45.7%', 45.7],
    ['100%', 100],
    ['100.00%', 100],
    ['0%', 0],
    ['0.00%', 0],
    ['0.5%', 0.5],
    ['98.10%', 98.1],
    ['45.67％', 45.67],
    ['４５.６７%', 45.67],
    [' 45.67% ', 45.67],
    ['\n45.67%\n', 45.67],
    ['-3.5%', -3.5],
    ['+2.1%', 2.1],
    ['\u22123.5%', -3.5],
    ['1,234.5%', 1234.5],
  ];
  describe('page', () => {
    check('percent', null, 'page', [
      ...both,
      ['45.67', 45.67],
      ['0.4567', 0.4567],
      ['1', 1],
      ['98', 98],
    ]);
  });
  describe('file: a bare decimal ≤ 1 is a ratio', () => {
    check('percent', null, 'file', [
      ...both,
      ['0.4567', 45.67],
      ['0.1', 10],
      ['0.07', 7],
      ['0.9812', 98.12],
      ['1', 100],
      ['1.0', 100],
      ['0', 0],
      ['-0.035', -3.5],
      ['45.67', 45.67],
      ['1.5', 1.5],
      ['0.3333333333', 33.33333333],
    ]);
  });
  describe('file with a (%) header: bare numbers are points', () => {
    check('percent', 'percent', 'file', [
      ['0.4567', 0.4567],
      ['45.67', 45.67],
      ['45.67%', 45.67],
    ]);
  });
  it('0.4567 in a file is exactly 45.67, not 45.669999…', () => {
    const r = parseValue('0.4567', 'percent', null, 'file');
    expect(r.kind === 'value' && r.value === 45.67).toBe(true);
  });
});

describe('seconds', () => {
  const explicit: Row[] = [
    ['12.5秒', 12.5],
    ['12.5s', 12.5],
    ['12.5S', 12.5],
    ['12.5 秒', 12.5],
    ['12秒钟', 12],
    ['37.79sec', 37.79],
    ['1分20秒', 80],
    ['1分钟20秒', 80],
    ['2分', 120],
    ['1.5分钟', 90],
    ['1m20s', 80],
    ['1min', 60],
    ['1小时2分3秒', 3723],
    ['00:01:20', 80],
    ['01:00:00', 3600],
    ['1:20', 80],
    ['0:05', 5],
    ['1:20.5', 80.5],
    ['00:00:37.79', 37.79],
    ['-2.5秒', -2.5],
    ['１２.５秒', 12.5],
  ];
  describe('no hint: bare is seconds', () => {
    check('seconds', null, 'page', [...explicit, ['12.5', 12.5], ['37.79', 37.79], ['0', 0], ['1,234', 1234], ['-3.2', -3.2]]);
  });
  describe('(秒) hint', () => {
    check('seconds', 'seconds', 'file', [...explicit, ['37.79', 37.79], ['12', 12]]);
  });
  describe('(分钟) hint: bare ×60, explicit units win', () => {
    check('seconds', 'minutes', 'file', [...explicit, ['1.5', 90], ['0.7', 42], ['2', 120]]);
  });
  describe('(小时) hint', () => {
    check('seconds', 'hours', 'file', [['0.5', 1800], ['12.5秒', 12.5]]);
  });
  it('a (%)-style hint that does not apply is ignored', () => {
    expect(parseValue('12.5', 'seconds', 'fen', 'page')).toEqual(value(12.5));
  });
});

describe('duration', () => {
  const explicit: Row[] = [
    ['8小时32分', 30720],
    ['8时32分', 30720],
    ['8小时32分钟', 30720],
    ['8.5小时', 30600],
    ['40.42小时', 145512],
    ['0.01小时', 36],
    ['08:32:10', 30730],
    ['08:32', 30720],
    ['100:00:00', 360000],
    ['512分钟', 30720],
    ['512分', 30720],
    ['2天3小时', 183600],
    ['1天', 86400],
    ['1小时5分30秒', 3930],
    ['30秒', 30],
    ['8h32m', 30720],
    ['8h 32min 10s', 30730],
    ['8 小时 32 分', 30720],
    ['0小时0分', 0],
  ];
  describe('no hint: bare is hours', () => {
    check('duration', null, 'page', [...explicit, ['8.5', 30600], ['40.42', 145512], ['0', 0]]);
  });
  describe('(秒) hint: bare is seconds', () => {
    check('duration', 'seconds', 'file', [...explicit, ['30720', 30720], ['1,234.5', 1234.5]]);
  });
  describe('(分钟) hint', () => {
    check('duration', 'minutes', 'file', [...explicit, ['512', 30720]]);
  });
  describe('(小时) hint', () => {
    check('duration', 'hours', 'file', [...explicit, ['8.5', 30600], ['40.42', 145512]]);
  });
});

describe('yuan', () => {
  const explicit: Row[] = [
    ['¥1,234.50', 1234.5],
    ['￥1234.5', 1234.5],
    ['¥ 1,234.50', 1234.5],
    ['1,234.50元', 1234.5],
    ['1.2万', 12000],
    ['1.2万元', 12000],
    ['¥1.2万', 12000],
    ['3.45万', 34500],
    ['1.2亿', 120000000],
    ['1.2w', 12000],
    ['1.2W', 12000],
    ['12,345,678.9元', 12345678.9],
    ['0.01元', 0.01],
    ['-¥12.50', -12.5],
    ['¥-12.50', -12.5],
    ['-12.5元', -12.5],
    ['１２３４.５元', 1234.5],
  ];
  describe('no hint: bare is yuan', () => {
    check('yuan', null, 'page', [...explicit, ['12345', 12345], ['1234.56', 1234.56], ['0', 0], ['1,234', 1234]]);
  });
  describe('(元) hint', () => {
    check('yuan', 'yuan', 'file', [...explicit, ['12345', 12345]]);
  });
  describe('(分) hint: bare numbers are fen, explicit ¥/元 win', () => {
    check('yuan', 'fen', 'file', [...explicit.filter(([t]) => /[¥￥元]/.test(t)), ['12345', 123.45], ['123456789', 1234567.89], ['1', 0.01], ['1.2万', 120], ['-250', -2.5]]);
  });
  it('¥1,234.50 is exactly 1234.5 and 1.2万 exactly 12000', () => {
    expect(parseValue('¥1,234.50', 'yuan', null, 'page')).toEqual({ kind: 'value', value: 1234.5 });
    const r = parseValue('1.2万', 'yuan', null, 'page');
    expect(r.kind === 'value' && r.value === 12000).toBe(true);
  });
});

describe('count', () => {
  check('count', null, 'page', [
    ['1,234', 1234],
    ['1234', 1234],
    ['12', 12],
    ['0', 0],
    ['12人', 12],
    ['12次', 12],
    ['12 人', 12],
    ['12人次', 12],
    ['3件', 3],
    ['1.2万', 12000],
    ['1.2万人', 12000],
    ['12.5', 12.5],
    ['-3', -3],
    ['１２', 12],
    ['1,234,567', 1234567],
  ]);
  check('count', 'count', 'file', [['1,234', 1234], ['0.5', 0.5]]);
});

describe('ratio', () => {
  check('ratio', null, 'page', [
    ['1.35', 1.35],
    ['1:1.35', 1.35],
    ['1：1.35', 1.35],
    ['1 : 1.35', 1.35],
    ['2:3', 1.5],
    ['1:3', 3],
    ['3:1', 1 / 3],
    ['0', 0],
    ['12', 12],
  ]);
  check('ratio', null, 'file', [['1.35', 1.35], ['0.5', 0.5]]);
  it('a zero base is invalid', () => {
    const r = parseValue('0:1.35', 'ratio', null, 'page');
    expect(r.kind).toBe('invalid');
  });
});

describe('missing markers: missing, never 0', () => {
  const markers = [
    '-', '--', '---', '—', '——', '－', '–', '', ' ', '   ', '\n', '\u3000', '\u00A0', '\u200B',
    'N/A', 'n/a', 'NA', '#N/A', 'null', 'NULL', 'NaN', 'undefined',
    '暂无', '暂无数据', '延迟统计', ' 延迟统计 ', '统计中', '/', '／',
    '-%', '--%', '- %', '-元', '¥-', '--秒', '-人', '-小时',
    // A unit printed without a number.
    '%', '¥', '元', '秒', '小时',
  ];
  for (const unit of UNITS) {
    for (const context of ['page', 'file'] as const) {
      it.each(markers)(`${unit}/${context}: %j`, (text) => {
        expect(parseValue(text, unit, null, context)).toEqual({ kind: 'missing' });
      });
    }
  }
  it('with every hint too', () => {
    for (const hint of ['seconds', 'minutes', 'hours', 'fen', 'yuan', 'percent', 'count'] as const) {
      expect(parseValue('-', 'yuan', hint, 'file')).toEqual({ kind: 'missing' });
      expect(parseValue('延迟统计', 'duration', hint, 'file')).toEqual({ kind: 'missing' });
    }
  });
});

describe('invalid values give a reason naming the expected unit', () => {
  const cases: [string, Unit][] = [
    ['abc', 'percent'],
    ['12..5', 'percent'],
    ['45.6%%', 'percent'],
    ['%45.6', 'percent'],
    ['#REF!', 'percent'],
    ['45.67%↑', 'percent'],
    ['1.2.3', 'percent'],
    ['12,34%', 'percent'],
    ['+', 'percent'],
    ['45.67%较前日', 'percent'],
    ['1分钟x', 'seconds'],
    ['abc', 'seconds'],
    ['12..5秒', 'seconds'],
    ['1:2', 'seconds'],
    ['1:60', 'seconds'],
    ['1:20:60', 'seconds'],
    ['20秒1分', 'seconds'],
    ['12ms', 'seconds'],
    ['8小时32', 'duration'],
    ['8:32:10:00', 'duration'],
    ['2小时3天', 'duration'],
    ['#REF!', 'duration'],
    ['¥¥12', 'yuan'],
    ['12元元', 'yuan'],
    ['-¥-12', 'yuan'],
    ['$12', 'yuan'],
    ['12,34', 'yuan'],
    ['1.2万万', 'yuan'],
    ['#DIV/0', 'yuan'],
    ['abc', 'count'],
    ['12人人', 'count'],
    ['1,23', 'count'],
    ['12%', 'count'],
    ['1e5', 'count'],
    ['1:1.35', 'count'],
    ['1:1.35:2', 'ratio'],
    ['abc', 'ratio'],
    ['1.35倍倍', 'ratio'],
    ['9'.repeat(400), 'count'],
  ];
  const expectedWord: Record<Unit, RegExp> = {
    percent: /percentage/,
    seconds: /seconds/,
    duration: /duration/,
    yuan: /yuan/,
    count: /count/,
    ratio: /ratio/,
  };
  it.each(cases)('%j as %s', (text, unit) => {
    for (const context of ['page', 'file'] as const) {
      const r = parseValue(text, unit, null, context);
      expect(r.kind).toBe('invalid');
      if (r.kind !== 'invalid') return;
      expect(r.reason).toMatch(expectedWord[unit]);
      expect(r.reason.length).toBeLessThan(80);
    }
  });
});

// Found by the fuzz tests (tests/unit/fuzz): "０ 0" was read as 0, so "12 3" (a value and a badge in one
// cell) became 123. Whitespace between digits splits a number; around a unit or sign it is still noise.
describe('whitespace inside a number splits it: never another number', () => {
  it.each<[string, Unit]>([
    ['12 3', 'count'], ['12\n3', 'count'], ['０ 0', 'count'], ['1 234', 'yuan'], ['45.6 7%', 'percent'], ['1,234 5', 'count'],
    ['12\u00a03', 'seconds'], ['1.5\u30002', 'ratio'], ['12 .5', 'duration'], ['1\u200b 2', 'count'],
  ])('%j as %s is not a value', (text, unit) => {
    expect(parseValue(text, unit, null, 'page').kind).toBe('invalid');
  });
  it.each<[string, Unit, number]>([
    ['45.7 %', 'percent', 45.7], ['1 分 20 秒', 'seconds', 80], ['¥ 1,234.5', 'yuan', 1234.5], ['- 5', 'count', -5],
    ['1 : 1.35', 'ratio', 1.35], ['1\u200b2', 'count', 12], ['\u3000１２\n', 'count', 12],
  ])('%j as %s is still %s', (text, unit, expected) => {
    expect(parseValue(text, unit, null, 'page')).toEqual(value(expected));
  });
});

describe('speed', () => {
  it('parses 30,000 cells well within a frame budget', () => {
    const cells: [string, Unit][] = [
      ['45.67%', 'percent'], ['1,234', 'count'], ['12.5秒', 'seconds'], ['¥1,234.50', 'yuan'], ['-', 'percent'],
      ['8小时32分', 'duration'], ['1:1.35', 'ratio'], ['37.79', 'seconds'], ['0.4567', 'percent'], ['1.2万', 'yuan'],
    ];
    const start = performance.now();
    let sum = 0;
    for (let i = 0; i < 30_000; i++) {
      const [text, unit] = cells[i % cells.length]!;
      const r = parseValue(text, unit, null, 'file');
      if (r.kind === 'value') sum += r.value;
    }
    const ms = performance.now() - start;
    expect(sum).toBeGreaterThan(0);
    expect(ms).toBeLessThan(300);
  });
});
