import { describe, expect, it } from 'vitest';
import { largestGapsFirst } from '../../../lib/sidepanel/largest-gaps-first';
import type { TargetGap } from '../../../lib/analysis/types';

function gap(metric: string, shortfall: number | null): TargetGap {
  return { metric, kind: 'basic', value: shortfall === null ? null : 1, target: 1, gap: null, gapPercent: null, shortfall, passed: null, score: null, weight: 10 };
}

describe('largestGapsFirst', () => {
  it('puts the largest shortfall first and metrics without a value last, in scheme order', () => {
    const gaps = [gap('online_duration', null), gap('reply_rate', 0.04), gap('avg_response_time', 0.48), gap('first_response_time', -0.2), gap('inquiry_conversion_rate', null), gap('response_rate_3min', 0.04)];
    expect(largestGapsFirst(gaps).map((g) => g.metric)).toEqual([
      'avg_response_time',
      'reply_rate',
      'response_rate_3min',
      'first_response_time',
      'online_duration',
      'inquiry_conversion_rate',
    ]);
  });
});
