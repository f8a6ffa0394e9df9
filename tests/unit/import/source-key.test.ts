import { describe, expect, it } from 'vitest';
import { reportName, reportSourceKey } from '../../../lib/import/source-key';

describe('reportName', () => {
  it.each([
    ['客服绩效_20261120_20261126.xlsx', '客服绩效'],
    ['客服绩效_20261127_20261203 (1).xlsx', '客服绩效'],
    ['自定义报表_旗舰店_2026-11-01至2026-11-07.xlsx', '自定义报表_旗舰店'],
    ['拼多多客服数据_2026-11-25.csv', '拼多多客服数据'],
    ['客服数据 2026-11-20~2026-11-26 - 副本.xlsx', '客服数据'],
    ['C:\\Users\\me\\Downloads\\客服数据明细.xlsx', '客服数据明细'],
    ['20261120.csv', 'report'],
  ])('%s → %s', (file, name) => {
    expect(reportName(file)).toBe(name);
  });
});

describe('reportSourceKey', () => {
  it('files weekly downloads of one report under one source, per sheet', () => {
    const a = reportSourceKey('sycm', '客服绩效_20261120_20261126.xlsx', '客服绩效');
    expect(a).toBe('file|sycm|客服绩效#客服绩效');
    expect(reportSourceKey('sycm', '客服绩效_20261127_20261203.xlsx', '客服绩效')).toBe(a);
    expect(reportSourceKey('pinduoduo', '拼多多客服数据_2026-11-25.csv', null)).toBe('file|pinduoduo|拼多多客服数据');
  });
});
