import { type AgentMonthInput, buildMonthReview, type MonthReview } from '../../../lib/analysis';
import type { KpiScheme, SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import type { MonthValue } from '../../../lib/analysis/month-review';
import type { AgentEntry, DailyPoint } from '../../../lib/analysis/types';

/**
 * A hand-built November 2026 for the payroll export: 小美 (售前, shop 旗舰店) and 小王 (售后, no shop, no
 * reply rate), a 团队均值 row, and a 售前 version from 2026-11-16 that must not judge the month.
 */
const GRADES = [
  { name: '金牌', minScore: 90 },
  { name: '银牌', minScore: 80 },
  { name: '铜牌', minScore: 70 },
];

const presaleV1: SchemeVersion = {
  effectiveFrom: '2026-10-01',
  metrics: [
    { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 50 },
    // Summed: judged per day, so the standard is per day.
    { metric: 'sales_amount', kind: 'incentive', target: 3000, worst: 0, best: 5000, weight: 50 },
  ],
  grades: GRADES,
  commission: [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }],
  commissionScaledByScore: false,
};
// Mid-month: judges December on, never November.
const presaleV2: SchemeVersion = {
  ...presaleV1,
  effectiveFrom: '2026-11-16',
  metrics: [{ metric: 'reply_rate', kind: 'basic', target: 99.5, worst: 99, best: 100, weight: 50 }, presaleV1.metrics[1]!],
  commission: [{ metric: 'sales_amount', mode: 'percent_of', rate: 5 }],
};
const aftersale: SchemeVersion = {
  effectiveFrom: '2026-10-01',
  metrics: [
    { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 50 },
    // 8 h a day (4 h → 0, 10 h → 100)
    { metric: 'online_duration', kind: 'basic', target: 28_800, worst: 14_400, best: 36_000, weight: 25 },
    { metric: 'negative_review_count', kind: 'incentive', target: 0.2, worst: 1, best: 0, weight: 25 },
  ],
  grades: GRADES,
  commission: [],
  commissionScaledByScore: false,
};

export const SCHEMES: Record<'presale' | 'aftersale', KpiScheme> = {
  presale: { role: 'presale', name: '售前', versions: [presaleV1, presaleV2] },
  aftersale: { role: 'aftersale', name: '售后', versions: [aftersale] },
};

const agent = (key: string, name: string, role: AgentEntry['role']): AgentEntry => ({ key, labels: [key], name, role, roleGuessed: false, isMe: false });
export const mv = (value: number | null, days: number, monthDays = 30, approximate = false): MonthValue => ({ value, days, monthDays, approximate, source: 'days' });
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;
const points = (n: number, value: (i: number) => number): DailyPoint[] => Array.from({ length: n }, (_, i) => ({ date: day(i + 1), value: value(i) }));

export function agentInputs(monthDays = 30): AgentMonthInput[] {
  const xiaomei: AgentMonthInput = {
    agent: agent('旗舰店:小美', '小美', 'presale'),
    values: new Map([
      ['reply_rate', mv(99, 20, monthDays, true)],
      ['sales_amount', mv(60_000, 20, monthDays)],
      ['consult_count', mv(1200, 20, monthDays)],
    ]),
    previous: new Map([
      ['reply_rate', mv(98, 30)],
      ['sales_amount', mv(45_000, 30)],
    ]),
    // 2 of 20 days below 98
    daily: new Map([['reply_rate', points(20, (i) => (i < 2 ? 97 : 99.2))]]),
  };
  const xiaowang: AgentMonthInput = {
    agent: agent('小王', '小王', 'aftersale'),
    values: new Map([
      ['reply_rate', mv(null, 0, monthDays)],
      ['online_duration', mv(27_000, 18, monthDays)],
      ['negative_review_count', mv(3, 18, monthDays)],
    ]),
    previous: new Map(),
    // 5 of 18 days under 8 h
    daily: new Map([['online_duration', points(18, (i) => (i < 5 ? 25_000 : 28_800))]]),
  };
  return [xiaowang, xiaomei];
}

export function novemberReview(monthDays = 30): MonthReview {
  return buildMonthReview({
    month: '2026-11',
    schemes: SCHEMES,
    agents: agentInputs(monthDays),
    benchmarks: [
      {
        kind: 'team_average',
        label: '均值',
        values: new Map([
          ['reply_rate', mv(98.5, 20, monthDays)],
          ['sales_amount', mv(40_000, 20, monthDays)],
          ['online_duration', mv(28_000, 20, monthDays)],
        ]),
      },
    ],
  });
}
