import { describe, expect, it } from 'vitest';
import { agentStanding } from '../../../lib/analysis/agent-standing';
import type { SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { METRICS } from '../../../lib/model/metric-catalog';

const presale = presetScheme('presale').versions[0]!;

function values(entries: Record<string, number | null>): Map<string, number | null> {
  return new Map(Object.entries(entries));
}

describe('agentStanding with the 售前 preset', () => {
  // 店铺:小美 on 2026-11-26: 8 h 32 min online, 96.1% replies, 12 s first response, 28 s average, 47% conversion.
  const xiaomei = values({
    online_duration: 30720,
    reply_rate: 96.1,
    first_response_time: 12,
    avg_response_time: 28,
    inquiry_conversion_rate: 47,
    consult_count: 186, // not in the scheme: ignored
  });

  it('lists a gap per scheme metric in scheme order', () => {
    const s = agentStanding(xiaomei, presale);
    expect(s.gaps.map((g) => g.metric)).toEqual(presale.metrics.map((m) => m.metric));
  });

  it('scores the weighted mean of the metric scores', () => {
    const s = agentStanding(xiaomei, presale);
    let sum = 0;
    let weights = 0;
    for (const m of presale.metrics) {
      const v = xiaomei.get(m.metric)!;
      const score = Math.min(100, Math.max(0, ((v - m.worst) / (m.best - m.worst)) * 100));
      sum += score * m.weight;
      weights += m.weight;
    }
    expect(s.score).toBeCloseTo(sum / weights, 9);
    // online 100, reply 61, first 87.5, avg 54, conversion 56.67 with weights 10/20/12/18/40
    expect(s.score).toBeCloseTo((100 * 10 + 61 * 20 + 87.5 * 12 + 54 * 18 + (170 / 3) * 40) / 100, 9);
    expect(s.grade).toBeNull(); // ≈ 65.3: below 铜牌
  });

  it('counts basic passes over basic metrics with values', () => {
    const s = agentStanding(xiaomei, presale);
    // online ✓ (≥ 8 h), reply ✗ (96.1 < 98), first ✓ (12 ≤ 15), avg ✓ (28 ≤ 30)
    expect(s.basicPassed).toBe(3);
    expect(s.basicTotal).toBe(4);
  });

  it('incentive score covers incentive metrics only', () => {
    expect(agentStanding(xiaomei, presale).incentiveScore).toBeCloseTo(170 / 3, 9);
  });

  it('names the weakest metric', () => {
    // conversion 3/30 = 0.1 × 40 = 4 against reply 1.9/10 = 0.19 × 20 = 3.8 (both /100)
    const s = agentStanding(xiaomei, presale);
    expect(s.weakest?.metric).toBe('inquiry_conversion_rate');
    expect(s.weakest?.meetsTarget).toBe(false);
  });

  it('a top agent earns 金牌 and meets every basic standard', () => {
    const s = agentStanding(
      values({ online_duration: 29000, reply_rate: 100, first_response_time: 6, avg_response_time: 6, inquiry_conversion_rate: 58 }),
      presale,
    );
    expect(s.score).toBeGreaterThanOrEqual(90);
    expect(s.grade).toBe('金牌');
    expect(s.basicPassed).toBe(4);
    expect(s.weakest?.meetsTarget).toBe(true);
  });

  it('renormalises over the metrics that have values: missing is not zero', () => {
    const s = agentStanding(values({ reply_rate: 99, avg_response_time: null }), presale);
    expect(s.score).toBeCloseTo(90, 9); // only reply rate: 90 → 100 at 99% = 90
    expect(s.grade).toBe('金牌');
    expect(s.basicTotal).toBe(1);
    expect(s.basicPassed).toBe(1);
    expect(s.incentiveScore).toBeNull();
    expect(s.gaps.find((g) => g.metric === 'avg_response_time')?.value).toBeNull();
  });

  it('without any value: no score, no grade, no weakest', () => {
    const s = agentStanding(values({}), presale);
    expect(s.score).toBeNull();
    expect(s.grade).toBeNull();
    expect(s.incentiveScore).toBeNull();
    expect(s.weakest).toBeNull();
    expect(s.basicTotal).toBe(0);
    expect(s.gaps).toHaveLength(presale.metrics.length);
    expect(s.commission).toBeNull();
  });

  it('estimates commission from the version, scaled by the incentive score', () => {
    const version: SchemeVersion = {
      ...presale,
      commission: [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }],
      commissionScaledByScore: true,
    };
    const s = agentStanding(values({ inquiry_conversion_rate: 45, sales_amount: 20000 }), version);
    expect(s.incentiveScore).toBeCloseTo(50, 9);
    expect(s.commission).toBeCloseTo(100, 9);
  });

  it('all-zero weights fall back to a plain mean', () => {
    const flat: SchemeVersion = { ...presale, metrics: presale.metrics.map((m) => ({ ...m, weight: 0 })) };
    const s = agentStanding(values({ reply_rate: 95, first_response_time: 8 }), flat);
    expect(s.score).toBeCloseTo(75, 9);
  });

  it('handles 50 agents × 27 metrics quickly', () => {
    // Every basic and incentive metric of the catalog (27), scored 0 → 100 in its direction.
    const scored = METRICS.filter((m) => m.kind === 'basic' || m.kind === 'incentive');
    expect(scored).toHaveLength(27);
    const wide: SchemeVersion = {
      ...presale,
      metrics: scored.map((m, i) => ({
        metric: m.id,
        kind: m.kind === 'basic' ? 'basic' : 'incentive',
        target: 50,
        worst: m.direction === 'down' ? 100 : 0,
        best: m.direction === 'down' ? 0 : 100,
        weight: 1 + (i % 4),
      })),
    };
    const agents = Array.from({ length: 50 }, (_, a) => new Map(scored.map((m, i) => [m.id, (a * 7 + i * 13) % 100] as const)));
    // Speed is the benchmark's business (npm run bench: side panel figures); here only the results.
    const standings = agents.map((v) => agentStanding(v, wide));
    expect(standings.every((s) => s.gaps.length === 27 && s.score !== null)).toBe(true);
    expect(agentStanding(agents[0]!, wide).gaps).toHaveLength(27);
  });
});
