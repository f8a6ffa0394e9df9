import { describe, expect, it } from 'vitest';
import { recognizeHeader } from '../../../lib/metrics/recognize-header';
import { parseCell } from '../../../lib/metrics/parse-value';
import type { HeaderMatch, HeaderUnitHint } from '../../../lib/model/metric-types';
import { readMetricsDoc } from './metrics-doc';

// Every header name of docs/metrics.md (read from the document, not copied from the catalog); that each
// one is recognised as written is checked in catalog-doc.test.ts.
const SYNONYM_ROWS = readMetricsDoc().metrics.flatMap((m) => m.names.map((name) => [name, m.id] as const));

const metric = (metricId: string, unitHint: HeaderUnitHint | null = null): HeaderMatch => ({ type: 'metric', metricId, unitHint });

describe('recognizeHeader: every name of docs/metrics.md, with noise around it', () => {
  it.each(SYNONYM_ROWS)('noisy %s → %s', (name, id) => {
    // Tooltip, sort arrow, line break, full-width and spaces around the same name.
    const noisy = ` ${name.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}\n ⓘ ↓`;
    const match = recognizeHeader(noisy);
    expect(match.type === 'metric' && match.metricId).toBe(id);
  });
});

describe('recognizeHeader: noisy headers', () => {
  it.each([
    ['平均响应(秒)', metric('avg_response_time', 'seconds')],
    ['平均响应（秒）ⓘ', metric('avg_response_time', 'seconds')],
    ['平均响应时间(s)↑↓', metric('avg_response_time', 'seconds')],
    ['平均响应(分钟)', metric('avg_response_time', 'minutes')],
    ['平均响应(分)', metric('avg_response_time', 'minutes')],
    ['首次响应\n(秒)', metric('first_response_time', 'seconds')],
    ['平均首响(秒)', metric('first_response_time', 'seconds')],
    ['在线时长(小时)', metric('online_duration', 'hours')],
    ['在线时长（h）', metric('online_duration', 'hours')],
    ['在线总时长(秒)', metric('online_duration', 'seconds')],
    ['销售额(分)', metric('sales_amount', 'fen')],
    ['客服销售额（元）', metric('sales_amount', 'yuan')],
    ['客单价(元)', metric('avg_order_value', 'yuan')],
    ['退款金额(分)', metric('refund_amount', 'fen')],
    ['销售额(去退)', metric('net_sales_amount')],
    ['回复率（%）', metric('reply_rate', 'percent')],
    ['旺旺回复率(8-23点)', metric('reply_rate')],
    ['旺旺回复率(8-23点)(%)', metric('reply_rate', 'percent')],
    ['咨询人数(人)', metric('consult_count', 'count')],
    ['聊天人数(原咨询人数)ⓘ', metric('consult_count')],
    ['聊天人数\n(原咨询人数)', metric('consult_count')],
    ['询单->最终付款转化率', metric('inquiry_conversion_rate')],
    ['询单→最终付款转化率', metric('inquiry_conversion_rate')],
    ['询单-&gt;最终付款转化率', metric('inquiry_conversion_rate')],
    ['询单>最终付款转化率', metric('inquiry_conversion_rate')],
    ['询单-最终付款转化率', metric('inquiry_conversion_rate')],
    ['询单 → 最终付款成功率 (%)', metric('inquiry_conversion_rate', 'percent')],
    ['询单-&gt;最终付款人数', metric('paid_count')],
    ['询单-&gt;最终付款人数(人)', metric('paid_count', 'count')],
    ['询单→最终下单人数', metric('order_count')],
    ['询单→当日付款成功率', metric('same_day_conversion_rate')],
    ['询单->次日付款成功率', metric('next_day_conversion_rate')],
    ['询单>次日付款成功率', metric('next_day_conversion_rate')],
    ['下单→最终付款成功率', metric('order_to_paid_rate')],
    ['３分钟人工响应率（％）', metric('response_rate_3min', 'percent')],
    ['30秒应答率？', metric('response_rate_30s')],
    ['答问比\uE60B', metric('answer_question_ratio')],
    ['好评率：', metric('positive_review_rate')],
    // Own exports write ids. English display names are the extension's pages' words, not a console's:
    // they stay out of the content script (locale keys metric_<id>), so they are not headers.
    ['inquiry_conversion_rate', metric('inquiry_conversion_rate')],
    ['Reply rate', { type: 'unknown' }],
  ])('%j', (text, expected) => {
    expect(recognizeHeader(text)).toEqual(expected);
  });
});

// Found by the fuzz tests (tests/unit/fuzz): a trailing colon after a slash unit hid the unit, so
// `咨询人数/人：` was unknown. Colons go before the unit is looked for.
describe('recognizeHeader: a slash unit before a trailing colon', () => {
  it.each([
    ['咨询人数/人:', metric('consult_count', 'count')],
    ['平均响应时间/秒：', metric('avg_response_time', 'seconds')],
    ['销售额／元 ：', metric('sales_amount', 'yuan')],
    ['销售额/元', metric('sales_amount', 'yuan')],
  ])('%j', (text, expected) => {
    expect(recognizeHeader(text)).toEqual(expected);
  });
});

describe('recognizeHeader: a qualifier that names another window is another metric', () => {
  // PDD prints the assessed window (8-23点) and the whole day side by side: two numbers, two ids.
  it.each([
    ['3分钟人工回复率(8-23点)', 'response_rate_3min'],
    ['3分钟人工回复率（8-23点）', 'response_rate_3min'],
    ['3分钟人工回复率(全天)', 'response_rate_3min_allday'],
    ['3分钟人工回复率（全天）ⓘ', 'response_rate_3min_allday'],
    ['30秒应答率(8-23点)', 'response_rate_30s'],
    ['30秒应答率(全天)', 'response_rate_30s_allday'],
    ['30s应答率(8-23点)', 'response_rate_30s'],
    ['30s应答率（全天）', 'response_rate_30s_allday'],
    ['全天3分钟回复率', 'response_rate_3min_allday'],
    // A former name in brackets is not a qualifier: the column is the same measure.
    ['聊天人数(原咨询人数)', 'consult_count'],
    ['聊天人数（原咨询人数）', 'consult_count'],
  ])('%s → %s', (text, id) => {
    expect(recognizeHeader(text)).toEqual(metric(id));
  });

  it('the 8-23点 and 全天 columns of one PDD header row land on different ids', () => {
    const ids = ['3分钟人工回复率(8-23点)', '3分钟人工回复率(全天)', '30秒应答率(8-23点)', '30秒应答率(全天)'].map((h) => {
      const m = recognizeHeader(h);
      return m.type === 'metric' ? m.metricId : m.type;
    });
    expect(new Set(ids).size).toBe(4);
  });

  it('PC在线时长（时） is online time in decimal hours: a bare 7.5 is 27000 s', () => {
    const match = recognizeHeader('PC在线时长（时）');
    expect(match).toEqual(metric('online_duration', 'hours'));
    const hint = match.type === 'metric' ? match.unitHint : null;
    expect(parseCell('7.5', 'duration', hint, 'page')).toBe(27000);
    expect(parseCell('7.5', 'duration', hint, 'file')).toBe(27000);
    expect(parseCell('7小时41分52秒', 'duration', hint, 'page')).toBe(27712);
  });
});

describe('recognizeHeader: look-alike headers stay apart', () => {
  it.each([
    ['询单人数', 'inquiry_count'],
    ['询单转化率', 'inquiry_conversion_rate'],
    ['询单->最终付款人数', 'paid_count'],
    ['询单->最终付款转化率', 'inquiry_conversion_rate'],
    ['询单->最终下单人数', 'order_count'],
    ['询单当日付款转化率', 'same_day_conversion_rate'],
    ['询单->次日付款成功率', 'next_day_conversion_rate'],
    ['平均响应', 'avg_response_time'],
    ['平均首响', 'first_response_time'],
    ['平均接待时长', 'avg_reception_duration'],
    ['3分钟未回复人数', 'unreplied_count_3min'],
    ['3分钟人工响应率', 'response_rate_3min'],
    ['销售额', 'sales_amount'],
    ['去退销售额', 'net_sales_amount'],
    ['净销售额', 'net_sales_amount'],
    ['销售量', 'sales_volume'],
    ['销售人数', 'paid_count'],
    ['客单价', 'avg_order_value'],
    ['落实客单价', 'fulfilled_avg_order_value'],
    ['件单价', 'avg_item_price'],
    ['客件数', 'items_per_customer'],
    ['退款率', 'refund_rate'],
    ['退款金额', 'refund_amount'],
    ['退货率', 'return_rate'],
    ['中差评', 'negative_review_count'],
    ['中差评改好评数', 'review_changed_count'],
    ['接待人数', 'reception_count'],
    ['咨询人数', 'consult_count'],
  ])('%s → %s', (text, id) => {
    const match = recognizeHeader(text);
    expect(match.type === 'metric' && match.metricId).toBe(id);
  });
});

describe('recognizeHeader: agent, ignored and date columns', () => {
  it.each(['客服', '客服昵称', '旺旺昵称', '客服旺旺', '客服账号', '子账号', '客服名称', '员工', '客服名', ' 客服 ⓘ', '客服\n昵称', '客服（子账号）', '客服名称↓'])(
    'agent: %j',
    (text) => expect(recognizeHeader(text)).toEqual({ type: 'agent' }),
  );

  it.each(['序号', '排名', '#', '＃', '操作', '详情', '查看', '查看详情', '', '  ', 'ⓘ', '\uE600', '排名↑'])('ignore: %j', (text) =>
    expect(recognizeHeader(text)).toEqual({ type: 'ignore' }),
  );

  it.each(['日期', '统计日期', '时间', '统计时间', 'date', 'Date', '日期 ↓', '统计日期：'])('date: %j', (text) =>
    expect(recognizeHeader(text)).toEqual({ type: 'date' }),
  );
});

describe('recognizeHeader: unknown headers are not guessed', () => {
  it.each([
    '询单',
    '询单->最终付款',
    '询单-&gt;最终付款',
    '转化率',
    '响应',
    '平均',
    '人数',
    '客服销售额占比',
    '回复率排名',
    '销售额(万元)',
    '询单转化率(当日)',
    '平均响应时间(毫秒)',
    '3分钟',
    '店铺',
    '客服字数统计说明',
    '目标完成率',
    '汇总',
    'abc',
  ])('%j', (text) => {
    expect(recognizeHeader(text)).toEqual({ type: 'unknown' });
  });
});

describe('recognizeHeader: cache', () => {
  it('returns the same frozen result for the same text', () => {
    const a = recognizeHeader('询单转化率（%）');
    const b = recognizeHeader('询单转化率（%）');
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('keeps answering right after many distinct headers', () => {
    for (let i = 0; i < 5000; i++) recognizeHeader(`未知列${i}`);
    expect(recognizeHeader('回复率(%)')).toEqual(metric('reply_rate', 'percent'));
    expect(recognizeHeader('未知列1')).toEqual({ type: 'unknown' });
  });
});
