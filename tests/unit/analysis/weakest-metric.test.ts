import { describe, expect, it } from 'vitest';
import type { SchemeMetric } from '../../../lib/analysis/kpi-scheme';
import { targetGap } from '../../../lib/analysis/target-gap';
import { weakestMetric } from '../../../lib/analysis/weakest-metric';

// The widely copied scheme of docs/metrics.md, with targets a shop might set.
const reply: SchemeMetric = { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 25 };
const rate3: SchemeMetric = { metric: 'response_rate_3min', kind: 'basic', target: 98, worst: 95, best: 100, weight: 25 };
const avg: SchemeMetric = { metric: 'avg_response_time', kind: 'basic', target: 20, worst: 30, best: 5, weight: 20 };
const first: SchemeMetric = { metric: 'first_response_time', kind: 'basic', target: 15, worst: 40, best: 8, weight: 10 };
const conv: SchemeMetric = { metric: 'inquiry_conversion_rate', kind: 'incentive', target: 50, worst: 30, best: 60, weight: 0 };

describe('weakestMetric', () => {
  it('normalises for scale and direction: 1.9 points of reply rate outweigh 3 s of average response', () => {
    // reply 96.1: shortfall 1.9/10 = 0.19 × 25/55; avg 23 s: 3/25 = 0.12 × 20/55; first 12 s passes.
    const gaps = [targetGap(reply, 96.1), targetGap(avg, 23), targetGap(first, 12)];
    const w = weakestMetric(gaps)!;
    expect(w.metric).toBe('reply_rate');
    expect(w.meetsTarget).toBe(false);
    expect(w.severity).toBeCloseTo(0.19 * (25 / 55), 9);
    expect(w.gap).toBe(gaps[0]);
  });

  it('weights by the scheme: the heavier metric wins at equal normalised shortfall', () => {
    // 3-minute rate 97%: 1/5 = 0.2 × 25; first response 21.4 s: 6.4/32 = 0.2 × 10.
    const w = weakestMetric([targetGap(first, 21.4), targetGap(rate3, 97)])!;
    expect(w.metric).toBe('response_rate_3min');
  });

  it('a large shortfall on a light metric beats a small one on a heavy metric', () => {
    // first response 40 s: 25/32 ≈ 0.78 × 10 = 7.8 against reply 97.5: 0.05 × 25 = 1.25.
    expect(weakestMetric([targetGap(reply, 97.5), targetGap(first, 40)])!.metric).toBe('first_response_time');
  });

  it('ignores metrics without a value and renormalises the weights over the rest', () => {
    const gaps = [targetGap(reply, null), targetGap(avg, 26), targetGap(first, 14)];
    const w = weakestMetric(gaps)!;
    expect(w.metric).toBe('avg_response_time');
    expect(w.severity).toBeCloseTo((6 / 25) * (20 / 30), 9);
  });

  it('a weight-0 metric never wins while a weighted one has a value, even when far worse', () => {
    const gaps = [targetGap(conv, 20), targetGap(reply, 99), targetGap(avg, 21)];
    const w = weakestMetric(gaps)!;
    expect(w.metric).toBe('avg_response_time');
    expect(w.meetsTarget).toBe(false);
  });

  it('weight-0 metrics count equally when they are the only ones with values', () => {
    const zeroFirst: SchemeMetric = { ...first, weight: 0 };
    const gaps = [targetGap(reply, null), targetGap(conv, 45), targetGap(zeroFirst, 30)];
    const w = weakestMetric(gaps)!;
    // conversion 5/30 ≈ 0.167 against first response 15/32 ≈ 0.47, each × 1/2
    expect(w.metric).toBe('first_response_time');
    expect(w.severity).toBeCloseTo((15 / 32) / 2, 9);
  });

  it('when everything meets its target, returns the least margin with meetsTarget true', () => {
    // reply 99: margin 0.1; avg 18 s: margin 2/25 = 0.08; first 9 s: 6/32 ≈ 0.19.
    const gaps = [targetGap(reply, 99), targetGap(avg, 18), targetGap(first, 9)];
    const w = weakestMetric(gaps)!;
    expect(w.metric).toBe('avg_response_time');
    expect(w.meetsTarget).toBe(true);
    expect(w.severity).toBeLessThanOrEqual(0);
    expect(w.severity).toBeCloseTo(-0.08 * (20 / 55), 9);
  });

  it('a metric exactly on target meets it', () => {
    const w = weakestMetric([targetGap(reply, 98), targetGap(avg, 10)])!;
    expect(w.metric).toBe('reply_rate');
    expect(w.meetsTarget).toBe(true);
    expect(w.severity).toBe(0);
  });

  it('ties go to the earlier metric in scheme order', () => {
    const twin: SchemeMetric = { ...reply, metric: 'response_rate_30s' };
    expect(weakestMetric([targetGap(twin, 96), targetGap(reply, 96)])!.metric).toBe('response_rate_30s');
    expect(weakestMetric([targetGap(reply, 96), targetGap(twin, 96)])!.metric).toBe('reply_rate');
    expect(weakestMetric([targetGap(reply, 99), targetGap(twin, 99)])!.metric).toBe('reply_rate');
  });

  it('is null when no gap has a value, or there are no gaps', () => {
    expect(weakestMetric([targetGap(reply, null), targetGap(avg, null)])).toBeNull();
    expect(weakestMetric([])).toBeNull();
  });
});
