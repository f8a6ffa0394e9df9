import { describe, expect, it } from 'vitest';
import { agentStanding } from '../../../lib/analysis/agent-standing';
import type { SchemeMetric, SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import { type GradeStep, nextGrade } from '../../../lib/analysis/next-grade';
import { bilingual } from '../support/words';

const GRADES = [
  { name: '金牌', minScore: 90 },
  { name: '银牌', minScore: 80 },
  { name: '铜牌', minScore: 70 },
];
const HOUR = 3600;
const reply = (weight: number): SchemeMetric => ({ metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight });
const avgResponse = (weight: number): SchemeMetric => ({ metric: 'avg_response_time', kind: 'basic', target: 30, worst: 55, best: 5, weight });
const firstResponse = (weight: number): SchemeMetric => ({ metric: 'first_response_time', kind: 'basic', target: 15, worst: 40, best: 8, weight });
const online = (weight: number): SchemeMetric => ({ metric: 'online_duration', kind: 'basic', target: 8 * HOUR, worst: 6 * HOUR, best: 8 * HOUR, weight });

function version(metrics: SchemeMetric[], grades = GRADES): SchemeVersion {
  return { effectiveFrom: '2026-01-01', metrics, grades, commission: [], commissionScaledByScore: false };
}
const values = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

/** Doing exactly what the steps say, then judging again: the grade the message promises. */
function gradeAfter(v: Map<string, number | null>, scheme: SchemeVersion, steps: readonly GradeStep[]): string | null {
  const changed = new Map(v);
  for (const s of steps) changed.set(s.metric, s.from + s.sign * s.amount);
  return agentStanding(changed, scheme).grade;
}
/** The same with one display step (`less`) short on the last step: must not reach it. */
function gradeOneStepShort(v: Map<string, number | null>, scheme: SchemeVersion, steps: readonly GradeStep[], less: number): string | null {
  return gradeAfter(v, scheme, steps.map((s, i) => (i === steps.length - 1 ? { ...s, amount: s.amount - less } : s)));
}

describe('nextGrade by one metric', () => {
  // reply 60 : avg response 40. reply 97.05 scores 70.5, avg 13.5 s scores 83: 42.3 + 33.2 = 75.5 (铜牌).
  // 银牌 needs 4.5 points × 100 / 60 = 7.5 more reply points = 0.75 pp of the 2.95 left to 100 % (share
  // 0.254) → shown 0.8; avg response would need 11.25 points = 5.625 s of the 8.5 s left to 5 s (0.662).
  const scheme = version([reply(60), avgResponse(40)]);
  const v = values({ reply_rate: 97.05, avg_response_time: 13.5 });

  it('picks the smallest step as a share of the way left to best and rounds it up to 0.1 pp', () => {
    expect(agentStanding(v, scheme).score).toBeCloseTo(75.5, 9);
    const next = nextGrade(v, scheme);
    expect(next.kind).toBe('one_metric');
    if (next.kind !== 'one_metric') return;
    expect(next.grade).toBe('银牌');
    expect(next.steps[0]).toMatchObject({ metric: 'reply_rate', from: 97.05, amount: 0.8, sign: 1 });
    expect(next.steps[0].share).toBeCloseTo(0.75 / 2.95, 9);
    expect(bilingual(next.message)).toEqual({
      zh: '回复率再提高 0.8 个百分点即可升银牌',
      en: 'To reach 银牌, raise Reply rate by 0.8 percentage points',
    });
  });

  it('reaches the grade when done exactly, and not with 0.1 pp less', () => {
    const next = nextGrade(v, scheme);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(gradeAfter(v, scheme, next.steps)).toBe('银牌'); // 97.85 → 78.5: 47.1 + 33.2 = 80.3
    expect(gradeOneStepShort(v, scheme, next.steps, 0.1)).toBe('铜牌'); // 97.75 → 77.5: 79.7
  });

  it('asks a ↓ metric to fall: response time "再缩短 N 秒"', () => {
    // reply 40 : avg 60. reply 96 scores 60, avg 24 s scores 62: 24 + 37.2 = 61.2 (no grade). 铜牌 needs
    // 8.8 × 100 = 880 weighted points: reply 22 points = 2.2 pp of 4 left (share 0.55); avg 14.67 points
    // = 7.33 s of 19 s left (0.386) → shown 7.4 s.
    const down = version([reply(40), avgResponse(60)]);
    const w = values({ reply_rate: 96, avg_response_time: 24 });
    const next = nextGrade(w, down);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(next.steps[0]).toMatchObject({ metric: 'avg_response_time', from: 24, amount: 7.4, sign: -1 });
    expect(next.steps[0].to).toBeCloseTo(16.6, 9);
    expect(bilingual(next.message)).toEqual({
      zh: '平均响应时间再缩短 7.4 秒即可升铜牌',
      en: 'To reach 铜牌, cut Average response time by 7.4 seconds',
    });
    expect(gradeAfter(w, down, next.steps)).toBe('铜牌'); // 16.6 s → 76.8: 24 + 46.08 = 70.08
    expect(gradeOneStepShort(w, down, next.steps, 0.1)).toBeNull(); // 16.7 s → 69.96
  });

  it('words online time in minutes, rounded up to a whole minute', () => {
    // online 60 : reply 40. 7 h scores 50, reply 96.3 scores 63: 30 + 25.2 = 55.2. 铜牌 needs 1,480
    // weighted points: online 24.67 points = 1,776 s = 29.6 min of 1 h left (share 0.49) → 30 min; reply
    // 37 points = 3.7 pp, all of the 3.7 left (1.0).
    const scheme2 = version([online(60), reply(40)]);
    const w = values({ online_duration: 7 * HOUR, reply_rate: 96.3 });
    const next = nextGrade(w, scheme2);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(next.steps[0]).toMatchObject({ metric: 'online_duration', amount: 1800, sign: 1 });
    expect(bilingual(next.message)).toEqual({ zh: '在线时长再延长 30 分钟即可升铜牌', en: 'To reach 铜牌, extend Online time by 30 minutes' });
    expect(gradeAfter(w, scheme2, next.steps)).toBe('铜牌'); // 7 h 30 min → 75: 45 + 25.2 = 70.2
    expect(gradeOneStepShort(w, scheme2, next.steps, 60)).toBeNull(); // 7 h 29 min → 69.7
  });

  it('words an hour and more as hours and minutes', () => {
    // online 6 h scores 0, reply 99.1 scores 91: 36.4. 铜牌 needs 3,360 points: online 56 points = 4,032 s
    // = 67.2 min → 68 min; reply cannot (it would need 84 more points of 9 left).
    const scheme2 = version([online(60), reply(40)]);
    const w = values({ online_duration: 6 * HOUR, reply_rate: 99.1 });
    const next = nextGrade(w, scheme2);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(next.steps[0]).toMatchObject({ metric: 'online_duration', amount: 68 * 60 });
    expect(bilingual(next.message)).toEqual({ zh: '在线时长再延长 1 小时 8 分钟即可升铜牌', en: 'To reach 铜牌, extend Online time by 1 h 8 min' });
    expect(gradeAfter(w, scheme2, next.steps)).toBe('铜牌');
  });

  it('counts from a value beyond worst: the way back to worst is part of the step', () => {
    // avg 70 s (15 s past worst 55) scores 0; reply 100 scores 100, weights 50 : 50 → 50. 铜牌 needs avg
    // at 40 points = 35 s: 35 s of change (share 0.7), not 20 s.
    const scheme2 = version([reply(50), avgResponse(50)]);
    const next = nextGrade(values({ reply_rate: 100, avg_response_time: 70 }), scheme2);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(next.steps[0]).toMatchObject({ metric: 'avg_response_time', amount: 35, sign: -1 });
  });

  it('prefers the step far from best over a smaller one near it (not a share of |best − worst|)', () => {
    // reply 60 : avg 40. reply 99.5 scores 95, avg 40 s scores 30: 57 + 12 = 69. 铜牌 needs 100 weighted
    // points: reply 1.67 points = 0.17 pp (1.7 % of its span, but a third of the 0.5 pp left); avg 2.5
    // points = 1.25 s (2.5 % of its span, 3.6 % of the 35 s left) → shown 1.3 s.
    const scheme2 = version([reply(60), avgResponse(40)]);
    const w = values({ reply_rate: 99.5, avg_response_time: 40 });
    const next = nextGrade(w, scheme2);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(next.steps[0]).toMatchObject({ metric: 'avg_response_time', amount: 1.3, sign: -1 });
    expect(bilingual(next.message).zh).toBe('平均响应时间再缩短 1.3 秒即可升铜牌');
    expect(gradeAfter(w, scheme2, next.steps)).toBe('铜牌'); // 38.7 s → 32.6: 57 + 13.04 = 70.04
    expect(gradeOneStepShort(w, scheme2, next.steps, 0.1)).toBeNull(); // 38.8 s → 69.96
  });

  it('leaves out metrics without a value: weights renormalise over the rest', () => {
    // first response missing: reply 60 : avg 40 as in the first case, the same 0.8 pp.
    const scheme2 = version([reply(60), avgResponse(40), firstResponse(30)]);
    const next = nextGrade(values({ reply_rate: 97.05, avg_response_time: 13.5, first_response_time: null }), scheme2);
    if (next.kind !== 'one_metric') throw new Error(next.kind);
    expect(next.steps[0]).toMatchObject({ metric: 'reply_rate', amount: 0.8 });
  });
});

describe('nextGrade by two metrics, or none', () => {
  it('names two when no single metric can: the heavier to its best, the other by what remains', () => {
    // Only 金牌 (90). reply 95 and avg 30 s both score 50 → 50; 4,000 weighted points are missing. Alone,
    // reply would need 66.7 points (50 left), avg 100 (50 left). Reply to 100 (+5 pp, share 1) adds 3,000;
    // avg then needs 25 points = 12.5 s of 25 s left (0.5): 1.5 in all, against avg to 5 s (1) + reply
    // 3.33 pp of 5 (0.667) = 1.667.
    const scheme = version([reply(60), avgResponse(40)], [{ name: '金牌', minScore: 90 }]);
    const v = values({ reply_rate: 95, avg_response_time: 30 });
    const next = nextGrade(v, scheme);
    expect(next.kind).toBe('two_metrics');
    if (next.kind !== 'two_metrics') return;
    expect(next.steps.map((s) => [s.metric, s.amount, s.sign])).toEqual([
      ['reply_rate', 5, 1],
      ['avg_response_time', 12.5, -1],
    ]);
    expect(bilingual(next.message)).toEqual({
      zh: '回复率再提高 5 个百分点，同时平均响应时间再缩短 12.5 秒即可升金牌',
      en: 'To reach 金牌, raise Reply rate by 5 percentage points and cut Average response time by 12.5 seconds',
    });
    expect(gradeAfter(v, scheme, next.steps)).toBe('金牌'); // 100 and 17.5 s: 60 + 30 = 90
    expect(gradeOneStepShort(v, scheme, next.steps, 0.1)).toBeNull(); // 17.6 s: 89.88
  });

  it('says the grade is out of reach when even two metrics at their best fall short', () => {
    // Three metrics of weight 1, all at worst: 0. 铜牌 needs 70 × 3 = 210 points; two can add 200.
    const scheme = version([reply(1), avgResponse(1), firstResponse(1)]);
    const next = nextGrade(values({ reply_rate: 90, avg_response_time: 55, first_response_time: 40 }), scheme);
    expect(next).toMatchObject({ kind: 'out_of_reach', grade: '铜牌' });
    expect(bilingual(next.message)).toEqual({ zh: '只提升一两项指标还不足以升铜牌', en: 'Raising one or two metrics is not enough to reach 铜牌' });
  });
});

describe('nextGrade at the ends', () => {
  const scheme = version([reply(60), avgResponse(40)]);

  it('says so at the top grade', () => {
    const next = nextGrade(values({ reply_rate: 99.5, avg_response_time: 8 }), scheme); // 57 + 37.6 = 94.6
    expect(next).toMatchObject({ kind: 'top', grade: '金牌' });
    expect(bilingual(next.message)).toEqual({ zh: '已是最高等级：金牌', en: 'Already at the top grade: 金牌' });
  });

  it('has no step without a score or without grades', () => {
    expect(nextGrade(values({ reply_rate: null }), scheme).kind).toBe('no_score');
    expect(nextGrade(values({ reply_rate: 95 }), version([reply(60)], [])).kind).toBe('no_grades');
  });

  it('aims at the lowest grade from below all grades', () => {
    const next = nextGrade(values({ reply_rate: 96, avg_response_time: 30 }), scheme); // 36 + 20 = 56
    expect('grade' in next ? next.grade : null).toBe('铜牌');
  });
});
