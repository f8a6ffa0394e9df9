import { describe, expect, it } from 'vitest';
import { agentKey, metricById, parseValue, recognizeHeader, rowKindOf, shopOf } from '../../../lib/metrics';
import type { ParsedValue, ValueContext } from '../../../lib/metrics';

/** Header row + body rows through the public API, the way capture and import use it. */
function read(headers: string[], rows: string[][], context: ValueContext) {
  const matches = headers.map((h) => recognizeHeader(h));
  return rows.map((cells) => {
    const out: Record<string, unknown> = {};
    matches.forEach((m, i) => {
      const text = cells[i]!;
      if (m.type === 'agent') {
        out.agent = agentKey(text);
        out.kind = rowKindOf(text);
        out.shop = shopOf(text);
      } else if (m.type === 'metric') {
        const v: ParsedValue = parseValue(text, metricById(m.metricId)!.unit, m.unitHint, context);
        out[m.metricId] = v.kind === 'value' ? v.value : v.kind;
      }
    });
    return out;
  });
}

describe('public API end to end', () => {
  it('reads a 生意参谋-style page table', () => {
    const headers = ['序号', '客服昵称', '询单人数 ⓘ', '询单->最终付款人数', '询单→最终付款转化率\n↓', '平均响应(秒)', '在线时长', '客单价（元）'];
    const rows = [
      ['1', ' 旗舰店:小王 ', '1,234', '567', '45.95%', '12.5', '8小时32分', '¥1,234.50'],
      ['2', '旗舰店：阿花', '88', '40', '45.45%', '1分20秒', '40.42小时', '1.2万'],
      ['', '均值', '661', '303.5', '45.70%', '-', '延迟统计', '--'],
      ['', '同行同层优秀', '暂无', '—', '52.1%', '9.8', '-', '-'],
    ];
    expect(read(headers, rows, 'page')).toEqual([
      { agent: '旗舰店:小王', kind: 'agent', shop: '旗舰店', inquiry_count: 1234, paid_count: 567, inquiry_conversion_rate: 45.95, avg_response_time: 12.5, online_duration: 30720, avg_order_value: 1234.5 },
      { agent: '旗舰店：阿花', kind: 'agent', shop: '旗舰店', inquiry_count: 88, paid_count: 40, inquiry_conversion_rate: 45.45, avg_response_time: 80, online_duration: 145512, avg_order_value: 12000 },
      { agent: '均值', kind: 'team_average', shop: null, inquiry_count: 661, paid_count: 303.5, inquiry_conversion_rate: 45.7, avg_response_time: 'missing', online_duration: 'missing', avg_order_value: 'missing' },
      { agent: '同行同层优秀', kind: 'peer_top', shop: null, inquiry_count: 'missing', paid_count: 'missing', inquiry_conversion_rate: 52.1, avg_response_time: 9.8, online_duration: 'missing', avg_order_value: 'missing' },
    ]);
  });

  it('reads a PDD-style export (money in 分, rates as ratios, minutes and hours in headers)', () => {
    const headers = ['客服账号', '销售额(分)', '询单转化率', '平均响应(分钟)', '在线时长(小时)', '答问比', '3分钟人工回复率(%)'];
    const rows = [
      ['拼多多店:客服01', '12345', '0.4567', '0.5', '8.5', '1:1.35', '98.5'],
      ['合计', '1234567', '0.5', '1.25', '40.42', '1.2', '99'],
      ['客服02', 'abc', '#REF!', '', 'N/A', '/', '-'],
    ];
    expect(read(headers, rows, 'file')).toEqual([
      { agent: '拼多多店:客服01', kind: 'agent', shop: '拼多多店', sales_amount: 123.45, inquiry_conversion_rate: 45.67, avg_response_time: 30, online_duration: 30600, answer_question_ratio: 1.35, response_rate_3min: 98.5 },
      { agent: '合计', kind: 'team_total', shop: null, sales_amount: 12345.67, inquiry_conversion_rate: 50, avg_response_time: 75, online_duration: 145512, answer_question_ratio: 1.2, response_rate_3min: 99 },
      { agent: '客服02', kind: 'agent', shop: null, sales_amount: 'invalid', inquiry_conversion_rate: 'invalid', avg_response_time: 'missing', online_duration: 'missing', answer_question_ratio: 'missing', response_rate_3min: 'missing' },
    ]);
  });
});
