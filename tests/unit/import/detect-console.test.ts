import { describe, expect, it } from 'vitest';
import { detectConsole } from '../../../lib/import/detect-console';

describe('detectConsole', () => {
  it.each([
    ['生意参谋_客服绩效_20261120_20261126.xlsx', [], [], 'sycm'],
    ['自定义报表_旗舰店_2026-11-01至2026-11-07.xlsx', [], [], 'chitu'],
    ['拼多多客服数据_2026-11-25.csv', [], [], 'pinduoduo'],
    ['PDD_kefu.csv', [], [], 'pinduoduo'],
    ['京东咚咚客服绩效.xlsx', [], [], 'jd'],
    ['千牛客服数据.xlsx', [], [], 'qianniu'],
    ['report.xlsx', ['千牛'], [], 'qianniu'], // the workbook's author
    ['客服绩效_20261120_20261126.xlsx', ['客服绩效'], ['客服昵称', '同行同层均值'], 'sycm'],
    ['report.xlsx', [], ['客服', '延迟统计'], 'chitu'],
    ['report.xlsx', [], ['客服账号', '最终成团人数'], 'pinduoduo'],
    ['客服数据明细.xlsx', ['客服数据'], ['日期', '客服昵称', '咨询人数'], 'custom'],
    ['adjust.xlsx', [], [], 'custom'], // no "jd" inside a word
    // consoles.md: each console's own download names and marks
    ['客服绩效-业绩分析-汇总分析_20260601_20260601_全部.xlsx', [], [], 'sycm'],
    ['report.xlsx', ['Sheet1'], ['旺旺昵称', '咨询人数', '旺旺类型'], 'sycm'],
    ['report.xlsx', [], ['旺旺昵称', '延时统计'], 'sycm'],
    ['自定义报表_客服KPI_下单优先判定_2026-06-01至2026-06-07.xlsx', [], [], 'chitu'],
    ['客服_销售数据.xlsx', [], [], 'pinduoduo'],
    ['report.xlsx', ['Sheet0'], ['客服账号', '询单人数', '客服服务分'], 'pinduoduo'],
    ['客服_服务工作量.xlsx', [], [], 'jd'],
    ['report.xlsx', [], ['咚咚', '咨询量'], 'jd'],
    ['飞鸽_客服表现.xlsx', [], [], 'doudian'],
    ['抖店客服数据.xlsx', [], [], 'doudian'],
    ['report.xlsx', [], ['客服昵称', '已接待人数', '店铺汇总值', '店铺平均值'], 'doudian'],
    ['report.xlsx', [], ['客服昵称', '账号名称', '人工已接待人数'], 'doudian'],
    ['report.xlsx', [], ['客服昵称', '账号名称', '满意率'], 'doudian'],
    // a common header or sheet name alone is no console's
    ['report.xlsx', ['Sheet0'], ['客服', '咨询人数'], 'custom'],
    ['report.xlsx', [], ['客服账号', '咨询人数'], 'custom'],
    ['report.xlsx', [], ['账号名称', '咨询人数'], 'custom'],
  ] as const)('%s %j %j → %s', (name, titles, content, want) => {
    expect(detectConsole(name, titles, content)).toBe(want);
  });

  it('tries platform words (千牛, 天猫) after the consoles: a shop name is no console', () => {
    expect(detectConsole('自定义报表_某某天猫旗舰店_下单优先判定_2026-06-01至2026-06-07.xlsx', [], [])).toBe('chitu');
    expect(detectConsole('千牛_生意参谋客服绩效.xlsx', [], [])).toBe('sycm');
    expect(detectConsole('report.xlsx', ['钱运来天猫旗舰店 飞鸽_客服表现'], [])).toBe('doudian');
  });

  it('trusts the file name over the content', () => {
    expect(detectConsole('拼多多客服数据.csv', [], ['同行同层均值'])).toBe('pinduoduo');
  });
});
