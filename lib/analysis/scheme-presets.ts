import type { AgentRole, Grade, KpiScheme, SchemeMetric, SchemeVersion } from './kpi-scheme';

/**
 * The schemes a shop starts from, one per role, from the seed article and the published schemes quoted
 * in docs/metrics.md ("What managers set as targets"). Values are in canonical units: percent
 * points, seconds (online time too), counts. The manager edits them on the options page; these are only
 * defaults, so each number says where it comes from.
 */

/** 金牌 90–100, 银牌 80–90, 铜牌 70–80: the graded scheme in docs/metrics.md. */
const GRADES: readonly Grade[] = [
  { name: '金牌', minScore: 90 },
  { name: '银牌', minScore: 80 },
  { name: '铜牌', minScore: 70 },
];

/** Judges all history until the manager adds a newer version. */
const EFFECTIVE_FROM = '2020-01-01';

const HOUR = 3600;

/** The four basic metrics both roles share (seed article: 在线时长, 消息回复率, 咨询响应速度 = 首响 + 平均响应). */
function basicMetrics(weights: { online: number; reply: number; first: number; avg: number }): SchemeMetric[] {
  return [
    // A full shift is 8 h (the brief's default standard); under 6 h is a missed quarter of the shift and
    // scores 0, so 7 h scores 50. Working beyond the shift earns nothing extra (best = target).
    { metric: 'online_duration', kind: 'basic', target: 8 * HOUR, worst: 6 * HOUR, best: 8 * HOUR, weight: weights.online },
    // Typical standard "reply rate ≥ 98%"; scored 90% → 100% as in the widely copied scheme (旺旺回复率).
    { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: weights.reply },
    // "First response ≤ 15 s ideal"; scored 40 s → 8 s as in the widely copied scheme (首响).
    { metric: 'first_response_time', kind: 'basic', target: 15, worst: 40, best: 8, weight: weights.first },
    // Platform-wide 25–35 s, so 30 s is the standard; 55 s is the graded scheme's lowest step (→ 60) and
    // 5 s the widely copied scheme's best (top shops answer in under 10 s).
    { metric: 'avg_response_time', kind: 'basic', target: 30, worst: 55, best: 5, weight: weights.avg },
  ];
}

function version(metrics: SchemeMetric[]): SchemeVersion {
  return {
    effectiveFrom: EFFECTIVE_FROM,
    metrics,
    grades: GRADES.map((g) => ({ ...g })),
    // The commission estimate is optional and off by default: rates are the shop's own business.
    commission: [],
    commissionScaledByScore: false,
  };
}

export const PRESET_SCHEMES: Readonly<Record<AgentRole, KpiScheme>> = deepFreeze({
  // 售前: basic = online, reply rate, response speed; incentive = 咨询转化率 (seed article).
  presale: {
    role: 'presale',
    name: '售前考核',
    versions: [
      version([
        // Basic 60 in total, split in the ratio of the widely copied scheme (回复率 25 : 平均响应 20 : 首响 10)
        // plus attendance; conversion gets 40, as 转化率 + 客单价 do in the graded scheme.
        ...basicMetrics({ online: 10, reply: 20, first: 12, avg: 18 }),
        // "询单转化率 ≥ 50% is a common goal". The graded scheme scores 35% → 60, 40% → 80, 45% → 100: a
        // line that reaches 0 at 30%, kept as worst; best 60% sits above the goal so beating it still counts.
        { metric: 'inquiry_conversion_rate', kind: 'incentive', target: 50, worst: 30, best: 60, weight: 40 },
      ]),
    ],
  },
  // 售后: basic = the same; incentive = 好评率, 退货率 (lower is better), 改评数 (seed article).
  aftersale: {
    role: 'aftersale',
    name: '售后考核',
    versions: [
      version([
        // Basic and incentive weigh half each: after-sales is judged on service as much as on outcomes.
        ...basicMetrics({ online: 10, reply: 15, first: 10, avg: 15 }),
        // Shops expect ≥ 98% positive reviews (the same bar as reply rate); below 90% scores 0.
        { metric: 'positive_review_rate', kind: 'incentive', target: 98, worst: 90, best: 100, weight: 20 },
        // Lower is better (seed article). 5% is a common standard outside apparel; 15% scores 0. Apparel
        // shops run far higher returns and should raise all three numbers.
        { metric: 'return_rate', kind: 'incentive', target: 5, worst: 15, best: 0, weight: 15 },
        // Per period (usually a day): winning back one 中差评 a day is the standard, three is excellent.
        { metric: 'review_changed_count', kind: 'incentive', target: 1, worst: 0, best: 3, weight: 15 },
      ]),
    ],
  },
});

/** A fresh, mutable copy of the preset for a role (for the options page to edit and store). */
export function presetScheme(role: AgentRole): KpiScheme {
  return structuredClone(PRESET_SCHEMES[role]);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
