import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../lib/analysis/kpi-scheme';
import { gradeOf } from '../../../lib/analysis/grade-of';

// Deliberately not sorted: gradeOf must not rely on the order.
const grades: Grade[] = [
  { name: '铜牌', minScore: 70 },
  { name: '金牌', minScore: 90 },
  { name: '银牌', minScore: 80 },
];

describe('gradeOf', () => {
  it.each([
    [100, '金牌'],
    [90, '金牌'],
    [89.99999999999, '金牌'], // floating-point noise of a weighted mean of exactly 90
    [89.9, '银牌'],
    [80, '银牌'],
    [79.5, '铜牌'],
    [70, '铜牌'],
    [69.9, null],
    [0, null],
    [null, null],
    [Number.NaN, null],
  ])('%s → %s', (score, grade) => {
    expect(gradeOf(score, grades)).toBe(grade);
  });

  it('returns null without grades', () => {
    expect(gradeOf(95, [])).toBeNull();
  });

  it('a grade from 0 catches every score', () => {
    expect(gradeOf(3, [...grades, { name: '待提升', minScore: 0 }])).toBe('待提升');
  });
});
