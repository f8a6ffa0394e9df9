import { describe, expect, it } from 'vitest';
import { periodFromFileName } from '../../../lib/period';

const r = (start: string, end: string) => ({ start, end });

describe('periodFromFileName', () => {
  it.each([
    ['客服绩效_20261120_20261126.xlsx', r('2026-11-20', '2026-11-26')],
    ['_20261120_20261126', r('2026-11-20', '2026-11-26')],
    ['客服对比2026-11-20至2026-11-26.csv', r('2026-11-20', '2026-11-26')],
    ['销售能力2026-11-20~2026-11-26.xls', r('2026-11-20', '2026-11-26')],
    ['自定义报表_店铺_2026-11-01至2026-11-07.xlsx', r('2026-11-01', '2026-11-07')],
    ['C:\\Users\\a\\Downloads\\2025-01-01\\客服数据_20261126.xlsx', r('2026-11-26', '2026-11-26')],
    ['/home/a/2025-01-01/客服数据_2026-11-26.xlsx', r('2026-11-26', '2026-11-26')],
    ['KPI(2026.11.01-2026.11.30).xlsx', r('2026-11-01', '2026-11-30')],
  ])('%s', (name, want) => {
    expect(periodFromFileName(name)).toEqual(want);
  });

  it.each([
    '客服数据.xlsx',
    '客服数据_近7天.xlsx',
    '客服数据_11-20~11-26.xlsx',
    'export_20261332.xlsx',
    'export_20261127143000.xlsx',
  ])('%s → null', (name) => {
    expect(periodFromFileName(name)).toBeNull();
  });
});
