import { describe, expect, it } from 'vitest';
import { monthExportTable } from '../../../lib/io/month-export-table';
import { monthRulesTable, ruleText } from '../../../lib/io/month-rules-table';
import { monthRuleOf } from '../../../lib/analysis';
import { enWords, zhWords } from '../support/words';
import { novemberReview } from './month-export-fixture';

const ZH_HEADER = [
  '店铺', '客服', '岗位',
  '回复率(%)', '回复率(%) 天数', '回复率(%) 达标', '回复率(%) 未达标天数',
  '客服销售额(元)', '客服销售额(元) 天数', '客服销售额(元) 日均',
  '在线时长(分钟)', '在线时长(分钟) 天数', '在线时长(分钟) 达标', '在线时长(分钟) 未达标天数',
  '中差评数', '中差评数 天数', '中差评数 日均',
  '咨询人数', '咨询人数 天数', '接待人数', '接待人数 天数', '询单人数', '询单人数 天数', '最终付款人数', '最终付款人数 天数',
  '基础指标达标数', '基础指标数', '得分', '等级', '提成(元)', '较上月得分', '近似值指标',
];
const n = (count: number) => Array<null>(count).fill(null);

describe('monthExportTable on a hand-built November (2 agents, 2 roles, a mid-month version)', () => {
  const table = monthExportTable(novemberReview(), zhWords);

  it('has Chinese headers: per metric of the versions shown (union, scheme order) value, days, daily mean, 达标, days missed; then volumes and the judgement', () => {
    expect(table.header).toEqual(ZH_HEADER);
  });

  it('writes 小美 (售前) judged by the version in force on the 1st, in the units people read', () => {
    // reply 99 → 90, sales 60,000 over 20 days = 3,000 a day → 60: (90 + 60) / 2 = 75 → 铜牌 (the 16th's
    // version would give 0 for reply and 5 % commission); 1 % of 60,000 = 600; last month 80 and 30 → 55.
    expect(table.rows[0]).toEqual([
      '旗舰店', '小美', '售前',
      99, 20, '是', 2,
      60000, 20, 3000,
      ...n(4),
      ...n(3),
      1200, 20, ...n(6),
      1, 1, 75, '铜牌', 600, 20, '回复率',
    ]);
  });

  it('writes 小王 (售后, no shop) with the missing reply rate empty, never 0', () => {
    // online 27,000 s = 450 min → 58.33; 3 reviews over 18 days = 0.1667 a day → 83.33; (58.33 + 83.33) / 2 = 70.8
    expect(table.rows[1]).toEqual([
      '', '小王', '售后',
      null, null, null, null,
      ...n(3),
      450, 18, '否', 5,
      3, 18, 0.17,
      ...n(8),
      0, 1, 70.8, '铜牌', null, null, null,
    ]);
  });

  it('adds an empty row, then the benchmark rows with their values', () => {
    expect(table.rows).toHaveLength(4);
    expect(table.rows[2]).toEqual(n(ZH_HEADER.length));
    expect(table.rows[3]).toEqual(['', '团队均值', '', 98.5, 20, null, null, 40000, 20, 2000, 466.67, 20, null, null, ...n(3), ...n(8), ...n(7)]);
  });

  it('keeps numbers as numbers: every cell is a number, a word or empty', () => {
    for (const row of table.rows) for (const cell of row) expect(['number', 'string', 'object']).toContain(typeof cell);
    expect(table.rows[0]!.filter((c) => typeof c === 'number')).toHaveLength(13);
  });

  it('words the headers and cells in English for an English UI', () => {
    const en = monthExportTable(novemberReview(), enWords);
    expect(en.header.slice(0, 10)).toEqual([
      'Shop', 'Agent', 'Role', 'Reply rate (%)', 'Reply rate (%) days', 'Reply rate (%) met', 'Reply rate (%) days missed',
      'Sales amount (yuan)', 'Sales amount (yuan) days', 'Sales amount (yuan) daily mean',
    ]);
    expect(en.header.slice(-7)).toEqual(['Basic standards met', 'Basic standards judged', 'Score', 'Grade', 'Commission (yuan)', 'Score vs last month', 'Approximate values']);
    expect(en.rows[0]!.slice(0, 6)).toEqual(['旗舰店', '小美', 'Presale', 99, 20, 'Yes']);
    expect(en.rows[3]![1]).toBe('Team average');
  });

  it('leaves the benchmark block out when there is none', () => {
    const review = { ...novemberReview(), benchmarks: [] };
    expect(monthExportTable(review, zhWords).rows).toHaveLength(2);
  });
});

describe('monthRulesTable', () => {
  const rules = monthRulesTable(novemberReview(), zhWords);

  it('states the month, its window and the version rule', () => {
    expect(rules.header).toEqual(['客服月度考核 · 规则说明']);
    expect(rules.rows.slice(0, 4)).toEqual([
      ['月份', '2026-11'],
      ['统计区间', '2026-11-01', '2026-11-30', '整月，共 30 天'],
      [zhWords({ key: 'schemeMonthRule' })],
      [],
    ]);
  });

  it('lists per role the version in force on the 1st (not the 16th’s), in the sheet’s units', () => {
    expect(rules.rows.slice(4, 19)).toEqual([
      ['售前考核方案', '生效日期', '2026-10-01'],
      ['指标', '类型', '目标', '最差(0 分)', '最好(100 分)', '权重'],
      ['回复率(%)', '基础指标', 98, 90, 100, 50],
      ['客服销售额(元)', '激励指标', 3000, 0, 5000, 50],
      ['等级', '最低得分'],
      ['金牌', 90],
      ['银牌', 80],
      ['铜牌', 70],
      ['提成', '方式', '费率'],
      ['客服销售额', '按金额比例(%)', 1],
      [],
      ['售后考核方案', '生效日期', '2026-10-01'],
      ['指标', '类型', '目标', '最差(0 分)', '最好(100 分)', '权重'],
      ['回复率(%)', '基础指标', 98, 90, 100, 50],
      ['在线时长(分钟)', '基础指标', 480, 240, 600, 25],
    ]);
    expect(rules.rows.slice(19, 27)).toEqual([
      ['中差评数', '激励指标', 0.2, 1, 0, 25],
      ['等级', '最低得分'],
      ['金牌', 90],
      ['银牌', 80],
      ['铜牌', 70],
      ['提成', '方式', '费率'],
      ['无提成项'],
      [],
    ]);
  });

  it('gives the aggregation rule of every metric shown, with the per-day note for summed ones', () => {
    expect(rules.rows.slice(27)).toEqual([
      ['月度数值的汇总规则'],
      ['指标', '规则', '说明'],
      ['回复率(%)', '按 咨询人数 加权平均；缺少时按 接待人数 加权平均；缺少时简单平均（近似值）', null],
      ['客服销售额(元)', '各天求和', '按日均评判：月合计 ÷ 有数据的天数'],
      ['在线时长(分钟)', '各天的平均（日均）', null],
      ['中差评数', '各天求和', '按日均评判：月合计 ÷ 有数据的天数'],
      ['咨询人数', '各天求和', null],
      ['接待人数', '各天求和', null],
      ['询单人数', '各天求和', null],
      ['最终付款人数', '各天求和', null],
      [],
      ['缺失的天不按 0 计：每个数值都注明它依据的天数；月度数据（自然月）优先于按天汇总。'],
    ]);
  });

  it('says how many days a month not over rests on', () => {
    expect(monthRulesTable(novemberReview(20), zhWords).rows[1]).toEqual(['统计区间', '2026-11-01', '2026-11-30', '本月截至 2026-11-20，已统计 20 天（全月 30 天）']);
    expect(monthRulesTable(novemberReview(20), enWords).rows[1]![3]).toBe('Month so far: to 2026-11-20, 20 days counted (of 30)');
  });

  it('words every kind of rule: ratio, highest day, plain mean, a stand-in base', () => {
    expect(zhWords(ruleText(monthRuleOf('inquiry_conversion_rate')))).toBe('按 最终付款人数 ÷ 询单人数 重新计算；缺少时按 询单人数 加权平均；缺少时简单平均（近似值）');
    expect(zhWords(ruleText(monthRuleOf('max_concurrent_chats')))).toBe('取最高的一天');
    expect(zhWords(ruleText(monthRuleOf('satisfaction_rate')))).toBe('简单平均（近似值）');
    expect(zhWords(ruleText(monthRuleOf('fulfilled_avg_order_value')))).toBe('按 最终付款人数 加权平均（近似值）；缺少时简单平均（近似值）');
    expect(enWords(ruleText(monthRuleOf('avg_order_value')))).toBe('Recomputed as Sales amount ÷ Customers who paid; else Weighted by Customers who paid; else Plain mean (approximate)');
  });
});
