import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../../../lib/import/report-period';

describe('reportPeriod', () => {
  it('prefers the date column', () => {
    expect(reportPeriod('客服绩效_20261120_20261126.xlsx', { start: '2026-11-19', end: '2026-11-25', days: 7 })).toEqual({
      kind: 'date-column',
      start: '2026-11-19',
      end: '2026-11-25',
      days: 7,
    });
  });

  it.each([
    ['客服绩效_20261120_20261126.xlsx', '2026-11-20', '2026-11-26', 7],
    ['自定义报表_旗舰店_2026-11-01至2026-11-07.xlsx', '2026-11-01', '2026-11-07', 7],
    ['客服数据_2026-11-20~2026-11-26.csv', '2026-11-20', '2026-11-26', 7],
    ['拼多多客服数据_2026-11-25.csv', '2026-11-25', '2026-11-25', 1],
    // The names the consoles give their downloads (shared/domain/consoles.md).
    ['客服绩效-业绩分析-汇总分析_20260601_20260601_全部.xlsx', '2026-06-01', '2026-06-01', 1],
    ['自定义报表_客服KPI周报_下单优先判定_2026-11-01至2026-11-07.xlsx', '2026-11-01', '2026-11-07', 7],
    ['飞鸽_客服表现_2026-11-20_2026-11-26.xlsx', '2026-11-20', '2026-11-26', 7],
    ['飞鸽_客服表现_20261101-20261130.xlsx', '2026-11-01', '2026-11-30', 30],
    ['百草味旗舰店_客服_销售数据_20261125.xlsx', '2026-11-25', '2026-11-25', 1],
  ])('reads the period from the file name %s', (name, start, end, days) => {
    expect(reportPeriod(name, null)).toEqual({ kind: 'file-name', start, end, days });
  });

  it('asks the user when nothing says the period, never guesses', () => {
    expect(reportPeriod('客服数据明细.xlsx', null)).toEqual({ kind: 'needed' });
    expect(reportPeriod('客服_服务工作量.xlsx', null)).toEqual({ kind: 'needed' }); // JD writes no date
    expect(reportPeriod('客服绩效_20240101_20261126.xlsx', null)).toEqual({ kind: 'needed' }); // longer than a year
  });
});
