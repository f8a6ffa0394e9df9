import type { Direction, MetricDef, MetricKind, MetricRole, Unit } from './metric-types';

/**
 * The metrics of docs/metrics.md as data. `names` are written as consoles print them; matching
 * normalises both sides (lib/metrics/normalize-header.ts), so brackets, arrows and widths do not matter.
 * Kept as one compact table: it ships in the content script. The words that are not metrics (agent
 * column, benchmark rows, missing markers) are in lib/metrics/header-vocabulary.ts.
 */
function def(
  id: string,
  unit: Unit,
  direction: Direction,
  role: MetricRole,
  kind: MetricKind,
  names: string,
): MetricDef {
  return { id, names: names.split('|'), unit, direction, role, kind };
}

export const METRICS: readonly MetricDef[] = [
  def('consult_count', 'count', 'up', 'both', 'volume', '咨询人数|聊天人数|聊天人数(原咨询人数)|咨询客服人次|咨询量'),
  def('reception_count', 'count', 'up', 'both', 'volume', '接待人数|客服接待人数|人工接待人数|人工已接待人数|已接待人数|接待量'),
  def('valid_reception_count', 'count', 'up', 'both', 'volume', '有效接待人数'),
  def('inquiry_count', 'count', 'up', 'presale', 'volume', '询单人数|当日询单人数'),
  def('order_count', 'count', 'up', 'presale', 'volume', '下单人数|询单->最终下单人数|最终下单人数'),
  def('paid_count', 'count', 'up', 'presale', 'volume', '最终付款人数|付款人数|支付人数|销售人数|客服销售人数|询单->最终付款人数|最终成团人数'),
  def('inquiry_conversion_rate', 'percent', 'up', 'presale', 'incentive', '询单转化率|询单->最终付款转化率|询单->最终付款成功率|询单最终付款转化率|询单最终付款成功率|咨询转化率|询单->付款转化率'),
  def('same_day_conversion_rate', 'percent', 'up', 'presale', 'incentive', '询单当日付款转化率|询单->当日付款成功率|询单->当日付款转化率|询单当日付款成功率'),
  def('next_day_conversion_rate', 'percent', 'up', 'presale', 'incentive', '询单->次日付款成功率|询单->次日付款转化率|询单次日付款转化率|询单次日付款成功率'),
  def('order_to_paid_rate', 'percent', 'up', 'presale', 'incentive', '下单->最终付款成功率|下单付款转化率'),
  def('sales_amount', 'yuan', 'up', 'presale', 'incentive', '客服销售额|销售额|最终付款金额|客服销售金额|客服询单支付额'),
  def('net_sales_amount', 'yuan', 'up', 'presale', 'incentive', '去退销售额|净销售额|退款后销售额|客服去退销售额|客服净销售额|销售额(去退)|客服销售额(去退)'),
  def('order_amount', 'yuan', 'up', 'presale', 'none', '下单金额'),
  def('sales_order_count', 'count', 'up', 'presale', 'none', '订单量|销售订单数'),
  def('sales_share', 'percent', 'up', 'presale', 'none', '个人销售额占比'),
  def('sales_volume', 'count', 'up', 'presale', 'incentive', '销售量|客服销售量|销售件数'),
  def('avg_order_value', 'yuan', 'up', 'presale', 'incentive', '客单价|客服销售客单价|客服客单价'),
  def('fulfilled_avg_order_value', 'yuan', 'up', 'presale', 'incentive', '落实客单价|有效客单价'),
  def('avg_item_price', 'yuan', 'up', 'presale', 'none', '件单价|件均价'),
  def('items_per_customer', 'ratio', 'up', 'presale', 'none', '客件数'),
  def('first_response_time', 'seconds', 'down', 'both', 'basic', '首次响应时间|首响时间|首次响应时长|首次响应(秒)|平均首响|首响|平均首次响应时间|平均首次响应时长|平均首响时间|平均首响时长|首次平均响应时间|全天首响时长'),
  def('avg_response_time', 'seconds', 'down', 'both', 'basic', '平均响应时间|平均响应时长|平均响应(秒)|平均人工响应时长|平均响应|平均人工响应时间|全天平响时长'),
  def('reply_rate', 'percent', 'up', 'both', 'basic', '回复率|旺旺回复率|客服回复率|消息回复率'),
  def('response_rate_3min', 'percent', 'up', 'both', 'basic', '3分钟人工响应率|3分钟人工回复率|三分钟响应率|三分钟人工响应率'),
  // The same measure over the whole day, shown beside the 8-23点 column (PDD): a different metric.
  def('response_rate_3min_allday', 'percent', 'up', 'both', 'none', '3分钟人工回复率(全天)|3分钟人工响应率(全天)|全天3分钟回复率|全天3分钟人工回复率'),
  def('response_rate_30s', 'percent', 'up', 'both', 'basic', '30秒应答率|30s应答率|咚咚首次30秒应答率'),
  def('response_rate_30s_allday', 'percent', 'up', 'both', 'none', '30秒应答率(全天)|30s应答率(全天)|全天30秒应答率'),
  def('unreplied_count', 'count', 'down', 'both', 'basic', '未回复人数'),
  def('unreplied_count_3min', 'count', 'down', 'both', 'none', '3分钟未回复人数'),
  def('slow_response_count', 'count', 'down', 'both', 'basic', '慢响应人数|慢接待人数'),
  def('slow_response_rate', 'percent', 'down', 'both', 'basic', '慢响应占比|慢响应率|慢接待占比|慢接待率'),
  def('effective_reception_rate', 'percent', 'up', 'both', 'basic', '有效接待率'),
  def('long_reception_count', 'count', 'neutral', 'both', 'none', '长接待人数'),
  def('transfer_in_count', 'count', 'neutral', 'both', 'none', '转入人数|转发接入人数'),
  def('transfer_out_count', 'count', 'neutral', 'both', 'none', '转出人数'),
  def('max_concurrent_chats', 'count', 'neutral', 'both', 'none', '最大同时聊天数'),
  def('work_days', 'count', 'up', 'both', 'none', '上班天数|客服在线天数'),
  def('online_duration', 'duration', 'up', 'both', 'basic', '在线时长|在线总时长|服务总时长|PC在线时长'),
  def('avg_reception_duration', 'seconds', 'neutral', 'both', 'none', '平均接待时长'),
  def('answer_question_ratio', 'ratio', 'up', 'both', 'none', '答问比|客服答问比'),
  def('message_chars', 'count', 'neutral', 'both', 'none', '客服字数'),
  def('positive_review_rate', 'percent', 'up', 'aftersale', 'incentive', '好评率'),
  def('negative_review_count', 'count', 'down', 'aftersale', 'incentive', '中差评数|中差评'),
  def('review_changed_count', 'count', 'up', 'aftersale', 'incentive', '改评数|中差评改好评数|修改评价数|评价修改数'),
  def('return_rate', 'percent', 'down', 'aftersale', 'incentive', '退货率'),
  def('refund_rate', 'percent', 'down', 'aftersale', 'incentive', '退款率'),
  def('refund_amount', 'yuan', 'down', 'aftersale', 'none', '成功退款金额|退款金额'),
  def('satisfaction_rate', 'percent', 'up', 'both', 'incentive', '满意度|满意率|客户满意率|服务满意度|客户满意度|全天满意率'),
  def('dissatisfaction_rate', 'percent', 'down', 'both', 'incentive', '不满意率|全天不满意率|IM不满意率'),
  def('satisfaction_participation_rate', 'percent', 'up', 'both', 'none', '服务满意度评价参与率|评价参与率'),
  def('service_score', 'ratio', 'up', 'both', 'incentive', '客服服务分'),
];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function metricById(id: string): MetricDef | undefined {
  return BY_ID.get(id);
}
