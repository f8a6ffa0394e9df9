import { describe, expect, it } from 'vitest';
import { displayText, fromDisplayNumber, parseNumberText, toDisplayNumber, DISPLAY_UNITS } from '../../../lib/options/display-units';
import type { Unit } from '../../../lib/model/metric-types';

describe('display units', () => {
  // canonical value, what the input shows
  const cases: [Unit, number, string][] = [
    ['percent', 98, '98'],
    ['percent', 45.67, '45.67'],
    ['percent', 0, '0'],
    ['seconds', 15, '15'],
    ['seconds', 12.5, '12.5'],
    ['duration', 28_800, '8'],
    ['duration', 30_600, '8.5'],
    ['duration', 30_000, '8.333333'], // 8 小时 20 分
    ['duration', 2_520, '0.7'],
    ['duration', 45, '0.0125'],
    ['yuan', 1234.5, '1234.5'],
    ['yuan', 0.01, '0.01'],
    ['count', 3, '3'],
    ['count', 1200, '1200'],
    ['ratio', 1.35, '1.35'],
  ];

  it.each(cases)('%s %d is shown as %s and reads back exactly', (unit, canonical, shown) => {
    expect(displayText(unit, canonical)).toBe(shown);
    expect(fromDisplayNumber(unit, parseNumberText(shown)!)).toBe(canonical);
  });

  it('covers every unit of the catalog', () => {
    expect(new Set(cases.map(([u]) => u))).toEqual(new Set(Object.keys(DISPLAY_UNITS)));
  });

  // What a manager types, in display units, and what is stored.
  const typed: [Unit, string, number][] = [
    ['duration', '8', 28_800],
    ['duration', '7.5小时', 27_000],
    ['duration', '0.25', 900],
    ['percent', '97.5%', 97.5],
    ['seconds', '30秒', 30],
    ['yuan', '¥1,500', 1500],
    ['count', '2', 2],
    ['ratio', '1.5', 1.5],
  ];
  it.each(typed)('%s typed as %s is stored as %d and shown back the same', (unit, text, stored) => {
    const canonical = fromDisplayNumber(unit, parseNumberText(text)!);
    expect(canonical).toBe(stored);
    expect(toDisplayNumber(unit, canonical)).toBe(parseNumberText(text));
  });

  it('names each unit suffix by its locale key', () => {
    expect(DISPLAY_UNITS.duration.suffix).toBe('unitSuffixDuration');
    expect(DISPLAY_UNITS.seconds.suffix).toBe('unitSuffixSeconds');
    expect(DISPLAY_UNITS.count.suffix).toBe('unitSuffixCount');
  });
});

describe('parseNumberText', () => {
  const table: [string, number | null][] = [
    ['98', 98],
    [' 98.5 ', 98.5],
    ['９８．５', 98.5],
    ['98%', 98],
    ['98 ％', 98],
    ['8.5小时', 8.5],
    ['12秒', 12],
    ['1,200', 1200],
    ['1,234,567.5', 1234567.5],
    ['-5', -5],
    ['－5', -5],
    ['.5', 0.5],
    ['5.', 5],
    ['', null],
    ['   ', null],
    ['abc', null],
    ['1.2.3', null],
    ['1,2', null],
    ['98%%', null],
    ['1e3', null],
    ['Infinity', null],
  ];
  it.each(table)('%j → %s', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});
