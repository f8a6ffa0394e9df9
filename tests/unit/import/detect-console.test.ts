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
  ] as const)('%s %j %j → %s', (name, titles, content, want) => {
    expect(detectConsole(name, titles, content)).toBe(want);
  });

  it('trusts the file name over the content', () => {
    expect(detectConsole('拼多多客服数据.csv', [], ['同行同层均值'])).toBe('pinduoduo');
  });
});
