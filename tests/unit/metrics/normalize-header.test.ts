import { describe, expect, it } from 'vitest';
import { headerUnitHint, normalizeHeader } from '../../../lib/metrics/normalize-header';
import type { HeaderUnitHint, Unit } from '../../../lib/model/metric-types';

describe('normalizeHeader', () => {
  it.each([
    ['平均响应(秒)', '平均响应'],
    ['平均响应（秒）', '平均响应'],
    ['平均响应时间(s)', '平均响应时间'],
    ['回复率（%）', '回复率'],
    ['客服销售额（元）', '客服销售额'],
    ['销售额(单位：元)', '销售额'],
    ['客服销售额【元】', '客服销售额'],
    ['回复率(8-23点)', '回复率'],
    ['回复率（08:00-23:00）', '回复率'],
    ['回复率(8点至23点)', '回复率'],
    ['咨询人数(人)', '咨询人数'],
    ['聊天人数(原咨询人数)', '聊天人数'],
    ['平均响应时间/秒', '平均响应时间'],
    ['回复率 ⓘ', '回复率'],
    ['回复率?', '回复率'],
    ['回复率？', '回复率'],
    ['回复率\uE6A1', '回复率'],
    ['回复率\uF0D7\uE001', '回复率'],
    ['回复率 ↑', '回复率'],
    ['回复率↓', '回复率'],
    ['回复率▲▼', '回复率'],
    ['回复率⇅', '回复率'],
    ['询单转化率\n', '询单转化率'],
    ['询单\n转化率', '询单转化率'],
    ['询单\r\n转化率', '询单转化率'],
    [' 询 单 转化率 ', '询单转化率'],
    ['询单\u3000转化率', '询单转化率'],
    ['询单\u00A0转化率', '询单转化率'],
    ['询单\u200B转化率', '询单转化率'],
    ['３分钟人工响应率', '3分钟人工响应率'],
    ['３０秒应答率（％）', '30秒应答率'],
    ['回复率：', '回复率'],
    ['回复率:', '回复率'],
    ['Reply Rate', 'replyrate'],
    ['ＤＡＴＥ', 'date'],
    ['询单->最终付款转化率', '询单->最终付款转化率'],
    ['询单→最终付款转化率', '询单->最终付款转化率'],
    ['询单-&gt;最终付款转化率', '询单->最终付款转化率'],
    ['询单-&GT;最终付款转化率', '询单->最终付款转化率'],
    ['询单&gt;最终付款转化率', '询单->最终付款转化率'],
    ['询单>最终付款转化率', '询单->最终付款转化率'],
    ['询单－＞最终付款转化率', '询单->最终付款转化率'],
    ['询单—>最终付款转化率', '询单->最终付款转化率'],
    ['询单=>最终付款转化率', '询单->最终付款转化率'],
    ['询单⇒最终付款转化率', '询单->最终付款转化率'],
    ['询单-最终付款转化率', '询单->最终付款转化率'],
    ['询单 - 最终付款转化率', '询单->最终付款转化率'],
    ['询单 -> 最终付款转化率 (%) ⓘ ↓', '询单->最终付款转化率'],
    // Kept: a qualifier that changes the meaning, and a magnitude without a hint type.
    ['销售额(去退)', '销售额(去退)'],
    ['询单转化率（当日）', '询单转化率(当日)'],
    ['销售额(万元)', '销售额(万元)'],
    ['', ''],
    ['ⓘ', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});

describe('headerUnitHint', () => {
  it.each<[string, Unit | undefined, HeaderUnitHint | null]>([
    ['平均响应(秒)', undefined, 'seconds'],
    ['平均响应（秒）', 'seconds', 'seconds'],
    ['平均响应时间(s)', 'seconds', 'seconds'],
    ['平均响应时间(S)', 'seconds', 'seconds'],
    ['平均响应时间/秒', 'seconds', 'seconds'],
    ['平均响应(分钟)', 'seconds', 'minutes'],
    ['平均响应(min)', 'seconds', 'minutes'],
    ['在线时长(小时)', 'duration', 'hours'],
    ['在线时长（h）', 'duration', 'hours'],
    ['在线时长(单位：小时)', 'duration', 'hours'],
    ['在线时长(秒)', 'duration', 'seconds'],
    ['销售额(分)', 'yuan', 'fen'],
    ['销售额(分)', undefined, 'fen'],
    ['客单价（分）', undefined, 'fen'],
    ['平均响应(分)', 'seconds', 'minutes'],
    ['平均响应(分)', undefined, 'minutes'],
    ['在线时长(分)', 'duration', 'minutes'],
    ['得分(分)', undefined, null],
    ['销售额(元)', 'yuan', 'yuan'],
    ['销售额（元）', undefined, 'yuan'],
    ['回复率(%)', 'percent', 'percent'],
    ['回复率（％）', 'percent', 'percent'],
    ['咨询人数(人)', 'count', 'count'],
    ['咨询人数(人)', undefined, 'count'],
    // A unit that cannot apply to the metric is dropped.
    ['回复率(秒)', 'percent', null],
    ['咨询人数(元)', 'count', null],
    ['答问比(%)', 'ratio', null],
    // Qualifiers and plain headers carry no unit.
    ['回复率(8-23点)', 'percent', null],
    ['聊天人数(原咨询人数)', 'count', null],
    ['回复率', 'percent', null],
    ['', undefined, null],
    // The first unit wins.
    ['回复率(8-23点)(%)', 'percent', 'percent'],
  ])('%j (%s) → %s', (text, unit, expected) => {
    expect(headerUnitHint(text, unit)).toBe(expected);
  });
});
