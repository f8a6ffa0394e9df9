import { describe, expect, it } from 'vitest';
import { agentStanding } from '../../../lib/analysis/agent-standing';
import { rankGaps } from '../../../lib/analysis/rank-gaps';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { TargetGap } from '../../../lib/analysis/types';
import { weakestMetric } from '../../../lib/analysis/weakest-metric';

const presale = presetScheme('presale').versions[0]!;
const metrics = (gaps: TargetGap[]) => gaps.map((g) => g.metric);

function gap(metric: string, shortfall: number | null, weight = 10): TargetGap {
  return { metric, kind: 'basic', value: shortfall === null ? null : 1, target: 1, gap: null, gapPercent: null, shortfall, passed: shortfall === null ? null : shortfall <= 0, score: null, weight };
}

describe('rankGaps', () => {
  it('ranks gaps short of target by shortfall × weight share, not by shortfall alone; the weakest metric leads', () => {
    // 小美 on 2026-11-26: reply 96.1% (short 0.19 × 20), first response 22 s (short 0.219 × 12),
    // average response 25.3 s (meets 30 s), conversion 45.67% (short 0.144 × 40), online time missing.
    const standing = agentStanding(
      new Map<string, number | null>([
        ['reply_rate', 96.1],
        ['first_response_time', 22],
        ['avg_response_time', 25.3],
        ['inquiry_conversion_rate', 45.67],
        ['online_duration', null],
      ]),
      presale,
    );
    const ranked = rankGaps(standing.gaps);
    expect(metrics(ranked)).toEqual(['inquiry_conversion_rate', 'reply_rate', 'first_response_time', 'avg_response_time', 'online_duration']);
    expect(ranked[0]!.metric).toBe(standing.weakest!.metric);
  });

  it('after the misses: met targets by least margin, then weight-0 metrics, then metrics without a value, in scheme order', () => {
    const gaps = [
      gap('online_duration', null),
      gap('reply_rate', 0.04),
      gap('avg_response_time', 0.48),
      gap('first_response_time', -0.2),
      gap('response_rate_3min', -0.05),
      gap('satisfaction_rate', 0.9, 0),
      gap('inquiry_conversion_rate', null),
      gap('slow_response_rate', 0.04),
    ];
    expect(metrics(rankGaps(gaps))).toEqual([
      'avg_response_time',
      'reply_rate',
      'slow_response_rate',
      'response_rate_3min',
      'first_response_time',
      'satisfaction_rate',
      'online_duration',
      'inquiry_conversion_rate',
    ]);
  });

  it('counts every metric the same when all weigh 0', () => {
    expect(metrics(rankGaps([gap('reply_rate', 0.2, 0), gap('first_response_time', 0.4, 0), gap('avg_response_time', -0.1, 0)]))).toEqual([
      'first_response_time',
      'reply_rate',
      'avg_response_time',
    ]);
  });

  it('always starts with the weakest metric', () => {
    // A deterministic spread of shortfalls and weights, weight-0 and missing values included.
    for (let seed = 1; seed < 400; seed++) {
      const gaps = ['reply_rate', 'first_response_time', 'avg_response_time', 'online_duration', 'inquiry_conversion_rate'].map((m, i) => {
        const r = (seed * 7919 + i * 104729) % 97;
        return gap(m, r % 11 === 0 ? null : (r - 48) / 40, (r * 3) % 4 === 0 ? 0 : (r % 5) + 1);
      });
      const weakest = weakestMetric(gaps);
      expect(rankGaps(gaps)[0]!.metric === weakest?.metric || weakest === null).toBe(true);
    }
  });
});
