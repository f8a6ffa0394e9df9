import { describe, expect, it } from 'vitest';
import type { SchemeMetric } from '../../../lib/analysis/kpi-scheme';
import { metricScore } from '../../../lib/analysis/metric-score';

const replyRate: SchemeMetric = { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 25 };
const avgResponse: SchemeMetric = { metric: 'avg_response_time', kind: 'basic', target: 30, worst: 30, best: 5, weight: 20 };

describe('metricScore', () => {
  it.each([
    // 旺旺回复率 scored 90% → 100% (the widely copied scheme)
    [90, 0],
    [95, 50],
    [96.1, 61],
    [100, 100],
    [85, 0], // below worst: clamped
    [101, 100], // above best: clamped
  ])('reply rate %s%% scores %s', (value, score) => {
    expect(metricScore(value, replyRate)).toBeCloseTo(score, 9);
  });

  it.each([
    // 平均响应 scored 30 s → 5 s: lower is better
    [30, 0],
    [17.5, 50],
    [12.5, 70],
    [5, 100],
    [3.2, 100],
    [48, 0],
  ])('average response %s s scores %s', (value, score) => {
    expect(metricScore(value, avgResponse)).toBeCloseTo(score, 9);
  });

  it('scores NaN as 0 rather than spreading NaN into a weighted mean', () => {
    expect(metricScore(Number.NaN, replyRate)).toBe(0);
  });
});
