import type { PlainKey } from '../model';

/**
 * Concrete advice per metric, in the words a 淘宝客服主管 would use, shown under the weakest metric
 * (side panel, popup, overlay). The advice itself is locale keys hint_* (lib/i18n/locales, zh-CN and
 * English); hint_speed_* and hint_hold_on serve several speed metrics. Metrics without their own advice
 * get GENERAL.
 */
const HINTS: Readonly<Record<string, readonly PlainKey[]>> = {
  first_response_time: ['hint_first_response_time_1', 'hint_speed_1', 'hint_first_response_time_3'],
  avg_response_time: ['hint_speed_1', 'hint_speed_2', 'hint_speed_3', 'hint_avg_response_time_4'],
  reply_rate: ['hint_reply_rate_1', 'hint_reply_rate_2', 'hint_reply_rate_3'],
  response_rate_3min: ['hint_response_rate_3min_1', 'hint_speed_1', 'hint_response_rate_3min_3'],
  response_rate_30s: ['hint_response_rate_30s_1', 'hint_response_rate_30s_2', 'hint_speed_2'],
  unreplied_count: ['hint_unreplied_count_1', 'hint_unreplied_count_2', 'hint_unreplied_count_3'],
  slow_response_count: ['hint_speed_2', 'hint_speed_1', 'hint_hold_on'],
  slow_response_rate: ['hint_speed_2', 'hint_speed_1', 'hint_hold_on'],
  effective_reception_rate: ['hint_effective_reception_rate_1', 'hint_effective_reception_rate_2', 'hint_effective_reception_rate_3'],
  online_duration: ['hint_online_duration_1', 'hint_online_duration_2', 'hint_online_duration_3'],
  inquiry_conversion_rate: ['hint_inquiry_conversion_rate_1', 'hint_inquiry_conversion_rate_2', 'hint_inquiry_conversion_rate_3', 'hint_inquiry_conversion_rate_4'],
  same_day_conversion_rate: ['hint_same_day_conversion_rate_1', 'hint_same_day_conversion_rate_2', 'hint_same_day_conversion_rate_3'],
  next_day_conversion_rate: ['hint_next_day_conversion_rate_1', 'hint_next_day_conversion_rate_2', 'hint_next_day_conversion_rate_3'],
  order_to_paid_rate: ['hint_order_to_paid_rate_1', 'hint_order_to_paid_rate_2', 'hint_order_to_paid_rate_3'],
  sales_amount: ['hint_sales_amount_1', 'hint_next_day_conversion_rate_2', 'hint_sales_amount_3'],
  net_sales_amount: ['hint_net_sales_amount_1', 'hint_net_sales_amount_2', 'hint_net_sales_amount_3'],
  sales_volume: ['hint_sales_volume_1', 'hint_next_day_conversion_rate_2', 'hint_sales_volume_3'],
  avg_order_value: ['hint_avg_order_value_1', 'hint_avg_order_value_2', 'hint_avg_order_value_3'],
  fulfilled_avg_order_value: ['hint_fulfilled_avg_order_value_1', 'hint_fulfilled_avg_order_value_2', 'hint_avg_order_value_3'],
  positive_review_rate: ['hint_positive_review_rate_1', 'hint_positive_review_rate_2', 'hint_positive_review_rate_3'],
  negative_review_count: ['hint_negative_review_count_1', 'hint_negative_review_count_2', 'hint_negative_review_count_3'],
  review_changed_count: ['hint_review_changed_count_1', 'hint_review_changed_count_2', 'hint_review_changed_count_3'],
  return_rate: ['hint_return_rate_1', 'hint_return_rate_2', 'hint_return_rate_3'],
  refund_rate: ['hint_refund_rate_1', 'hint_refund_rate_2', 'hint_refund_rate_3'],
  satisfaction_rate: ['hint_satisfaction_rate_1', 'hint_satisfaction_rate_2', 'hint_satisfaction_rate_3'],
  dissatisfaction_rate: ['hint_dissatisfaction_rate_1', 'hint_dissatisfaction_rate_2', 'hint_dissatisfaction_rate_3'],
  service_score: ['hint_service_score_1', 'hint_service_score_2', 'hint_service_score_3'],
};

const GENERAL: readonly PlainKey[] = ['hint_general_1', 'hint_general_2', 'hint_general_3'];

/** 2–4 pieces of advice for a metric, as locale keys (GENERAL for a metric without its own). */
export function metricHints(metric: string): PlainKey[] {
  return [...(HINTS[metric] ?? GENERAL)];
}

/** True when the metric has its own advice, not the general fallback. */
export function hasOwnHints(metric: string): boolean {
  return Object.hasOwn(HINTS, metric);
}
