import { describe, expect, it } from 'vitest';
import type { KpiScheme, SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import { type AgentMonthInput, buildMonthReview, judgeAgentMonth, type MonthValue } from '../../../lib/analysis/month-review';
import type { AgentEntry, DailyPoint } from '../../../lib/analysis/types';

const GRADES = [
  { name: '金牌', minScore: 90 },
  { name: '银牌', minScore: 80 },
  { name: '铜牌', minScore: 70 },
];

// 售前 until 2026-11-14: reply ≥ 98 (90 → 100), avg response ≤ 30 s (55 → 5), 1 % of sales.
const v1: SchemeVersion = {
  effectiveFrom: '2026-01-01',
  metrics: [
    { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 50 },
    { metric: 'avg_response_time', kind: 'basic', target: 30, worst: 55, best: 5, weight: 50 },
  ],
  grades: GRADES,
  commission: [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }],
  commissionScaledByScore: false,
};
// From 2026-11-15 (mid-month): reply ≥ 99 scored 95 → 100, and 2 % of sales.
const v2: SchemeVersion = {
  ...v1,
  effectiveFrom: '2026-11-15',
  metrics: [{ metric: 'reply_rate', kind: 'basic', target: 99, worst: 95, best: 100, weight: 50 }, v1.metrics[1]!],
  commission: [{ metric: 'sales_amount', mode: 'percent_of', rate: 2 }],
};
const schemes: Record<'presale' | 'aftersale', KpiScheme> = {
  presale: { role: 'presale', name: '售前考核', versions: [v1, v2] },
  aftersale: { role: 'aftersale', name: '售后考核', versions: [{ ...v1, commission: [] }] },
};

const agent = (key: string, role: AgentEntry['role']): AgentEntry => ({ key, labels: [key], name: key.split(':')[1] ?? key, role, roleGuessed: false, isMe: false });
const mv = (value: number | null, days = 22): MonthValue => ({ value, days, monthDays: 30, approximate: false, source: 'days' });
const month = (entries: Record<string, number | null>) => new Map(Object.entries(entries).map(([k, v]) => [k, mv(v)]));
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

// 22 November days of reply rate: 98.5 on 19 of them, 96 on the 5th, 16th and 20th; a day on either
// side of the month that must not count.
const MISSED = new Set([5, 16, 20]);
const replyDays: DailyPoint[] = [
  { date: '2026-10-31', value: 50 },
  ...Array.from({ length: 22 }, (_, i) => ({ date: day(i + 2), value: MISSED.has(i + 2) ? 96 : 98.5 })),
  { date: '2026-12-01', value: 50 },
];
// 10 days of average response: 20 s, 31 s on the 3rd (missed), exactly 30 s on the 4th (met).
const avgDays: DailyPoint[] = Array.from({ length: 10 }, (_, i) => ({ date: day(i + 1), value: i === 2 ? 31 : i === 3 ? 30 : 20 }));

const xiaomei: AgentMonthInput = {
  agent: agent('店铺:小美', 'presale'),
  values: month({ reply_rate: 98.2, avg_response_time: 21, sales_amount: 50_000, consult_count: 1200, reception_count: 1100, paid_count: 300 }),
  previous: month({ reply_rate: 97, avg_response_time: 25, consult_count: 1000 }),
  daily: new Map([
    ['reply_rate', replyDays],
    ['avg_response_time', avgDays],
  ]),
};

describe('judgeAgentMonth across a mid-month scheme switch (2026-11, new version from the 15th)', () => {
  const r = judgeAgentMonth(xiaomei, '2026-11', schemes);

  it('judges the month by the version in force on the 1st', () => {
    expect(r.version).toBe(v1);
    // reply 98.2 → 82, avg 21 s → 68: (82 + 68) / 2 = 75 → 铜牌 (v2 would give 64 and 66, no grade)
    expect(r.standing!.score).toBeCloseTo(75, 9);
    expect(r.standing!.grade).toBe('铜牌');
    expect(r.standing!.commission).toBeCloseTo(500, 9); // 1 % of 50,000 (v2: 1,000)
  });

  it('passes or fails each basic metric for the month', () => {
    expect(r.metrics.map((m) => [m.metric, m.kind, m.gap.target, m.gap.passed])).toEqual([
      ['reply_rate', 'basic', 98, true],
      ['avg_response_time', 'basic', 30, true],
    ]);
    expect(r.metrics[0]!.month).toEqual(mv(98.2));
  });

  it('counts the days each basic standard was missed, every day by the month’s version', () => {
    // 3 of 22 (under v2's 99 %, all 22 would be missed); the days outside November do not count
    expect(r.metrics[0]!.missedDays).toEqual({ missed: 3, judged: 22 });
    // 31 s misses, exactly 30 s meets
    expect(r.metrics[1]!.missedDays).toEqual({ missed: 1, judged: 10 });
  });

  it('compares with the previous month, judged by its own version', () => {
    // October: reply 97 → 70, avg 25 s → 60: 65
    expect(r.previousScore).toBeCloseTo(65, 9);
    expect(r.previousGrade).toBeNull();
    expect(r.scoreChange).toBeCloseTo(10, 9);
    expect(r.metrics[0]!.previous).toBe(97);
    expect(r.metrics[0]!.change).toBeCloseTo(1.2, 9);
    expect(r.metrics[1]!.change).toBe(-4);
  });

  it('passes the volumes through, with their change per day (null where a month lacks one)', () => {
    // Both months rest on 22 days: 1200 / 22 = 54.55 a day against 1000 / 22 = 45.45.
    const consult = r.volumes[0]!;
    expect([consult.perDay, consult.previous, consult.change]).toEqual([true, 1000 / 22, 1200 / 22 - 1000 / 22]);
    expect(r.volumes.map((v) => [v.metric, v.month?.value ?? null, v.previous === null ? null : 'set', v.change === null ? null : 'set'])).toEqual([
      ['consult_count', 1200, 'set', 'set'],
      ['reception_count', 1100, null, null],
      ['inquiry_count', null, null, null],
      ['paid_count', 300, null, null],
      ['sales_amount', 50_000, null, null],
    ]);
  });

  it('says what it takes to reach 银牌', () => {
    // 5 points × 100 weight = 500: reply + 10 points = 99.2 % (1.0 pp of 1.8 left: 0.56), or avg + 10
    // points = 16 s (5 s of 16 s left: 0.31)
    expect(r.nextGrade).toMatchObject({ kind: 'one_metric', grade: '银牌', steps: [{ metric: 'avg_response_time', amount: 5, sign: -1 }] });
  });
});

describe('judgeAgentMonth for the month after the switch', () => {
  const december: AgentMonthInput = {
    ...xiaomei,
    values: month({ reply_rate: 98.2, avg_response_time: 21 }),
    previous: xiaomei.values,
    daily: new Map([['reply_rate', [{ date: '2026-12-02', value: 98.5 }, { date: '2026-12-03', value: 99 }]]]),
  };
  const r = judgeAgentMonth(december, '2026-12', schemes);

  it('uses the new version, and November stays judged by the old one', () => {
    expect(r.version).toBe(v2);
    expect(r.standing!.score).toBeCloseTo(66, 9); // reply 64, avg 68
    expect(r.metrics[0]!.gap.passed).toBe(false); // 98.2 < 99
    expect(r.previousScore).toBeCloseTo(75, 9);
    expect(r.previousGrade).toBe('铜牌');
    expect(r.scoreChange).toBeCloseTo(-9, 9);
    expect(r.metrics[0]!.missedDays).toEqual({ missed: 1, judged: 2 }); // 98.5 misses 99, 99 meets it
  });
});

describe('buildMonthReview', () => {
  const weak: AgentMonthInput = {
    agent: agent('店铺:小李', 'presale'),
    values: month({ reply_rate: 95, avg_response_time: 40 }), // 50 and 30: 40
    previous: new Map(),
    daily: new Map(),
  };
  const noRole: AgentMonthInput = { agent: agent('店铺:新人', null), values: month({ consult_count: 80 }), previous: new Map(), daily: new Map() };
  const teamAverage = { kind: 'team_average' as const, label: '团队平均', values: month({ reply_rate: 97.5 }) };
  const review = buildMonthReview({ month: '2026-11', schemes, agents: [noRole, weak, xiaomei], benchmarks: [teamAverage] });

  it('orders agents by score, unscored last', () => {
    expect(review.rows.map((r) => [r.agent.key, r.standing?.score == null ? null : Math.round(r.standing.score * 1e9) / 1e9])).toEqual([
      ['店铺:小美', 75],
      ['店铺:小李', 40],
      ['店铺:新人', null],
    ]);
  });

  it('carries an agent without a role unjudged, volumes kept', () => {
    const r = review.rows[2]!;
    expect([r.version, r.standing, r.metrics, r.nextGrade]).toEqual([null, null, [], null]);
    expect(r.volumes[0]).toEqual({ metric: 'consult_count', month: mv(80), perDay: true, previous: null, change: null });
    expect(weak.previous.size).toBe(0);
    expect(review.rows[1]!.previousScore).toBeNull();
  });

  it('carries benchmark rows as they are, not judged', () => {
    expect(review.benchmarks).toEqual([teamAverage]);
    expect(review.rows.some((r) => r.agent.key === '团队平均')).toBe(false);
  });

  it('states the month and the version per role', () => {
    expect([review.first, review.last]).toEqual(['2026-11-01', '2026-11-30']);
    expect(review.versions.presale).toBe(v1);
  });
});

describe('judgeAgentMonth judges a summed metric per day (schemes set counts per day)', () => {
  // 售后: 改评数 ≥ 1 a day (0 → 0 points, 3 → 100), 1 % of 销售额 as commission.
  const perDayVersion: SchemeVersion = {
    effectiveFrom: '2026-01-01',
    metrics: [
      { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 50 },
      { metric: 'review_changed_count', kind: 'incentive', target: 1, worst: 0, best: 3, weight: 50 },
    ],
    grades: GRADES,
    commission: [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }],
    commissionScaledByScore: false,
  };
  const perDaySchemes = { ...schemes, aftersale: { role: 'aftersale' as const, name: '售后考核', versions: [perDayVersion] } };
  // 33 review changes over the 22 days with values (1.5 a day); the previous month 20 over 20 days (1 a day).
  const input: AgentMonthInput = {
    agent: agent('店铺:阿强', 'aftersale'),
    values: new Map([
      ['reply_rate', mv(99)],
      ['review_changed_count', mv(33)],
      ['sales_amount', mv(40_000)],
    ]),
    previous: new Map([['review_changed_count', mv(20, 20)]]),
    daily: new Map(),
  };
  const r = judgeAgentMonth(input, '2026-11', perDaySchemes);
  const changes = r.metrics[1]!;

  it('scores the daily mean against the per-day target, not the month total', () => {
    // 1.5 a day: 1 → 3 is 0 → 100 … the line from worst 0 to best 3 gives 50 points; the total 33 would give 100.
    expect([changes.perDay, changes.month?.value, changes.gap.value, changes.gap.passed]).toEqual([true, 33, 1.5, true]);
    expect(changes.gap.score).toBeCloseTo(50, 6);
    expect(r.metrics[0]!.perDay).toBe(false);
    expect(r.metrics[0]!.gap.value).toBe(99);
  });

  it('pays commission on the month total', () => {
    expect(r.standing?.commission).toBe(400);
  });

  it('compares per day with the previous month', () => {
    expect([changes.previous, changes.change]).toEqual([1, 0.5]);
  });

  it('words a step of a per-day metric as a day’s amount', () => {
    const grade = r.nextGrade;
    expect(grade?.kind).toBe('one_metric');
    if (grade?.kind !== 'one_metric') return;
    expect(grade.steps[0]).toMatchObject({ metric: 'review_changed_count', from: 1.5, sign: 1 });
    expect(JSON.stringify(grade.message)).toContain('stepPerDay');
  });
});
