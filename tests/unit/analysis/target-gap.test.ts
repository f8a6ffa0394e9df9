import { describe, expect, it } from 'vitest';
import type { SchemeMetric } from '../../../lib/analysis/kpi-scheme';
import { higherIsBetter, targetGap } from '../../../lib/analysis/target-gap';

const replyRate: SchemeMetric = { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 25 };
const firstResponse: SchemeMetric = { metric: 'first_response_time', kind: 'basic', target: 15, worst: 40, best: 8, weight: 10 };
const returnRate: SchemeMetric = { metric: 'return_rate', kind: 'incentive', target: 5, worst: 15, best: 0, weight: 15 };

describe('targetGap', () => {
  it('reply rate 96.1% against 98%: short by 1.9 points, 19% of the 90→100 span', () => {
    const g = targetGap(replyRate, 96.1);
    expect(g.metric).toBe('reply_rate');
    expect(g.kind).toBe('basic');
    expect(g.value).toBe(96.1);
    expect(g.target).toBe(98);
    expect(g.gap).toBeCloseTo(-1.9, 9);
    expect(g.gapPercent).toBeCloseTo((-1.9 / 98) * 100, 9);
    expect(g.shortfall).toBeCloseTo(0.19, 9);
    expect(g.passed).toBe(false);
    expect(g.score).toBeCloseTo(61, 9);
    expect(g.weight).toBe(25);
  });

  it('reply rate 99.5% beats 98%: negative shortfall, passed', () => {
    const g = targetGap(replyRate, 99.5);
    expect(g.gap).toBeCloseTo(1.5, 9);
    expect(g.shortfall).toBeCloseTo(-0.15, 9);
    expect(g.passed).toBe(true);
    expect(g.score).toBeCloseTo(95, 9);
  });

  it('exactly on target passes with a shortfall of +0 (not −0)', () => {
    const g = targetGap(replyRate, 98);
    expect(g.passed).toBe(true);
    expect(g.shortfall).toBe(0);
    expect(Object.is(g.shortfall, -0)).toBe(false);
    expect(g.gap).toBe(0);
  });

  it('first response 22 s against 15 s (lower better): gap +7 s is a shortfall of 7/32', () => {
    const g = targetGap(firstResponse, 22);
    expect(g.gap).toBe(7);
    expect(g.gapPercent).toBeCloseTo(46.667, 3);
    expect(g.shortfall).toBeCloseTo(7 / 32, 9);
    expect(g.passed).toBe(false);
    expect(g.score).toBeCloseTo(56.25, 9);
  });

  it('first response 9.5 s beats 15 s', () => {
    const g = targetGap(firstResponse, 9.5);
    expect(g.gap).toBe(-5.5);
    expect(g.shortfall).toBeCloseTo(-5.5 / 32, 9);
    expect(g.passed).toBe(true);
  });

  it('return rate (lower better) 7.5% against 5%', () => {
    const g = targetGap(returnRate, 7.5);
    expect(g.shortfall).toBeCloseTo(2.5 / 15, 9);
    expect(g.passed).toBe(false);
    expect(g.score).toBeCloseTo(50, 9);
  });

  it('direction comes from the scheme: a reversed scheme reverses pass/fail', () => {
    // A shop that (oddly) rewards long first responses: best above worst means higher is better.
    const odd: SchemeMetric = { ...firstResponse, worst: 8, best: 40 };
    expect(higherIsBetter(odd)).toBe(true);
    expect(targetGap(odd, 22).passed).toBe(true);
    expect(higherIsBetter(firstResponse)).toBe(false);
  });

  it('falls back to the catalog direction only for a degenerate best === worst', () => {
    expect(higherIsBetter({ ...firstResponse, worst: 10, best: 10 })).toBe(false);
    expect(higherIsBetter({ ...replyRate, worst: 95, best: 95 })).toBe(true);
  });

  it('a zero target has no gap percent', () => {
    const zeroUnreplied: SchemeMetric = { metric: 'unreplied_count', kind: 'basic', target: 0, worst: 5, best: 0, weight: 5 };
    const g = targetGap(zeroUnreplied, 2);
    expect(g.gap).toBe(2);
    expect(g.gapPercent).toBeNull();
    expect(g.shortfall).toBeCloseTo(0.4, 9);
    expect(g.passed).toBe(false);
  });

  it('a missing value is not zero: everything null but target and weight', () => {
    expect(targetGap(replyRate, null)).toEqual({
      metric: 'reply_rate',
      kind: 'basic',
      value: null,
      target: 98,
      gap: null,
      gapPercent: null,
      shortfall: null,
      passed: null,
      score: null,
      weight: 25,
    });
  });
});
