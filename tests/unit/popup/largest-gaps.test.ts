import { describe, expect, test } from 'vitest';
import { agentStanding } from '../../../lib/analysis/agent-standing';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { largestGaps } from '../../../lib/popup/largest-gaps';
import type { TargetGap } from '../../../lib/analysis/types';

const presale = presetScheme('presale').versions[0]!;

describe('largestGaps', () => {
  test('ranks by shortfall × weight share, like the weakest metric, not by shortfall alone', () => {
    // 小美 on 2026-11-26: reply 96.1% (short 0.19 × 20), first response 22 s (short 0.219 × 12),
    // average response 25.3 s (meets 30 s), conversion 45.67% (short 0.144 × 40).
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
    expect(largestGaps(standing.gaps).map((g) => g.metric)).toEqual(['inquiry_conversion_rate', 'reply_rate', 'first_response_time']);
    expect(largestGaps(standing.gaps)[0]!.metric).toBe(standing.weakest!.metric);
    expect(largestGaps(standing.gaps, 1).map((g) => g.metric)).toEqual(['inquiry_conversion_rate']);
  });

  test('only gaps short of their target; none when all are met', () => {
    const standing = agentStanding(
      new Map([
        ['reply_rate', 99.2],
        ['first_response_time', 9],
        ['avg_response_time', 31],
        ['inquiry_conversion_rate', 52],
      ]),
      presale,
    );
    expect(largestGaps(standing.gaps).map((g) => g.metric)).toEqual(['avg_response_time']);
    const allMet = agentStanding(new Map([['reply_rate', 99.2]]), presale);
    expect(largestGaps(allMet.gaps)).toEqual([]);
  });

  test('weight-0 metrics count only when every metric weighs 0', () => {
    const gap = (metric: string, shortfall: number, weight: number): TargetGap => ({
      metric, kind: 'basic', value: 1, target: 2, gap: -1, gapPercent: -50, shortfall, passed: false, score: 0, weight,
    });
    expect(largestGaps([gap('reply_rate', 0.9, 0), gap('first_response_time', 0.1, 5)]).map((g) => g.metric)).toEqual(['first_response_time']);
    expect(largestGaps([gap('reply_rate', 0.2, 0), gap('first_response_time', 0.4, 0)]).map((g) => g.metric)).toEqual(['first_response_time', 'reply_rate']);
  });
});
