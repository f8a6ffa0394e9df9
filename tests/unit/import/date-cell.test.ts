import { describe, expect, it } from 'vitest';
import { dateCellReader } from '../../../lib/import/date-cell';

describe('dateCellReader', () => {
  const read = dateCellReader('2026-11-27');
  const day = (d: string) => ({ start: d, end: d });
  it.each([
    ['2026-11-20', day('2026-11-20')],
    [' 2026/11/20 ', day('2026-11-20')],
    ['2026.11.20', day('2026-11-20')],
    ['2026年11月20日', day('2026-11-20')],
    ['20261120', day('2026-11-20')],
    [20261120, day('2026-11-20')],
    [46346, day('2026-11-20')], // an Excel day serial without a date format
    ['11-20', day('2026-11-20')], // no year: the latest such day not after today
    ['12-01', day('2025-12-01')],
    ['2026-11-20 00:00:00', day('2026-11-20')],
    ['2026-11-01~2026-11-07', { start: '2026-11-01', end: '2026-11-07' }],
    ['2026-11-01至2026-11-07', { start: '2026-11-01', end: '2026-11-07' }],
    ['2026-11-28', 'future'],
    ['合计', 'invalid'],
    ['', 'invalid'],
    [12, 'invalid'],
    ['2026-02-30', 'invalid'],
    [undefined, 'invalid'],
  ] as const)('%s → %j', (cell, want) => {
    expect(read(cell)).toEqual(want);
  });

  it('returns the same period object for the same cell', () => {
    expect(read('2026-11-20')).toBe(read('2026-11-20'));
  });
});
