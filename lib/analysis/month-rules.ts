/**
 * How a month value is built from days, per metric: docs/metrics.md "Month values" as data. A unit test
 * (tests/unit/analysis/month-rules.test.ts) reads that table and fails when the two disagree, and when a
 * metric of the catalog has no rule. The aggregation itself is in month-values.ts.
 */

/** A rate or per-unit value as its parts: value = Σ numerator × scale / Σ denominator. */
export interface MonthRatio {
  numerator: string;
  denominator: string;
  /** 100 for a rate in percent points, 1 for an amount per unit (客单价 = 销售额 / 付款人数). */
  scale: 1 | 100;
}

export type MonthRule =
  /** Counts and amounts: the month's total is the sum of its days. */
  | { kind: 'sum' }
  /** A peak (最大同时聊天数): the month's is the highest day's. */
  | { kind: 'max' }
  /** Set per day by the schemes (在线时长): the mean of the days, exact by definition. */
  | { kind: 'dailyMean' }
  /**
   * A value per something (rates, response times, per-customer values): recomputed from `ratio` when its
   * parts were captured for the same days, else weighted by the first of `volumes` captured on every day
   * of the value, else a plain mean marked approximate. `volumeIsProxy`: the volume only stands in for the
   * true base, which the catalog lacks, so a weighted value is marked approximate too.
   */
  | { kind: 'average'; ratio?: MonthRatio; volumes: readonly string[]; volumeIsProxy?: boolean }
  /** No base in the catalog to weigh by: a plain mean of the days, always approximate. */
  | { kind: 'mean' };

const sum: MonthRule = { kind: 'sum' };
const mean: MonthRule = { kind: 'mean' };
const ratio = (numerator: string, denominator: string, scale: 1 | 100 = 100) => ({ numerator, denominator, scale });
const average = (volumes: readonly string[], parts?: MonthRatio, volumeIsProxy = false): MonthRule => ({
  kind: 'average',
  volumes,
  ...(parts ? { ratio: parts } : {}),
  ...(volumeIsProxy ? { volumeIsProxy } : {}),
});

/** Every metric of the catalog, in the catalog's order. The reasons are in docs/metrics.md. */
export const MONTH_RULES: Readonly<Record<string, MonthRule>> = {
  consult_count: sum,
  reception_count: sum,
  valid_reception_count: sum,
  inquiry_count: sum,
  order_count: sum,
  paid_count: sum,
  inquiry_conversion_rate: average(['inquiry_count'], ratio('paid_count', 'inquiry_count')),
  same_day_conversion_rate: average(['inquiry_count']),
  next_day_conversion_rate: average(['inquiry_count']),
  order_to_paid_rate: average(['order_count'], ratio('paid_count', 'order_count')),
  sales_amount: sum,
  net_sales_amount: sum,
  order_amount: sum,
  sales_order_count: sum,
  sales_share: mean,
  sales_volume: sum,
  avg_order_value: average(['paid_count'], ratio('sales_amount', 'paid_count', 1)),
  fulfilled_avg_order_value: average(['paid_count'], undefined, true),
  avg_item_price: average(['sales_volume'], ratio('sales_amount', 'sales_volume', 1)),
  items_per_customer: average(['paid_count'], ratio('sales_volume', 'paid_count', 1)),
  first_response_time: average(['reception_count']),
  avg_response_time: average(['reception_count']),
  reply_rate: average(['consult_count', 'reception_count']),
  response_rate_3min: average(['reception_count', 'consult_count']),
  response_rate_3min_allday: average(['reception_count', 'consult_count']),
  response_rate_30s: average(['consult_count', 'reception_count']),
  response_rate_30s_allday: average(['consult_count', 'reception_count']),
  unreplied_count: sum,
  unreplied_count_3min: sum,
  slow_response_count: sum,
  slow_response_rate: average(['reception_count']),
  effective_reception_rate: average(['reception_count', 'consult_count']),
  long_reception_count: sum,
  transfer_in_count: sum,
  transfer_out_count: sum,
  max_concurrent_chats: { kind: 'max' },
  work_days: sum,
  online_duration: { kind: 'dailyMean' },
  avg_reception_duration: average(['reception_count']),
  answer_question_ratio: mean,
  message_chars: sum,
  positive_review_rate: mean,
  negative_review_count: sum,
  review_changed_count: sum,
  return_rate: mean,
  refund_rate: mean,
  refund_amount: sum,
  satisfaction_rate: mean,
  dissatisfaction_rate: mean,
  satisfaction_participation_rate: average(['reception_count']),
  service_score: mean,
};

/** The rule of a metric; a metric unknown to the catalog (none should reach here) is an approximate mean. */
export function monthRuleOf(metric: string): MonthRule {
  return MONTH_RULES[metric] ?? mean;
}
