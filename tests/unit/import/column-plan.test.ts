import { describe, expect, it } from 'vitest';
import { numbersAreCanonical, planColumns } from '../../../lib/import/column-plan';
import { isDecimalRateColumn } from '../../../lib/import/decimal-rate';
import type { Grid } from '../../../lib/import/grid';
import { numberText } from '../../../lib/import/grid';
import { parseCell } from '../../../lib/metrics/parse-value';
import type { HeaderUnitHint, Unit } from '../../../lib/model/metric-types';

const headers = (grid: Grid) => grid[0]!.map(String);

describe('planColumns', () => {
  it('finds the agent and date columns and one column per metric, in header order', () => {
    const grid: Grid = [['序号', '日期', '客服昵称', '咨询人数', '平均响应时间(秒)', '备注', '操作']];
    const plan = planColumns(headers(grid), grid, 1)!;
    expect(plan.agentColumn).toBe(2);
    expect(plan.dateColumn).toBe(1);
    expect(plan.metrics.map((m) => [m.index, m.metricId, m.hint])).toEqual([
      [3, 'consult_count', null],
      [4, 'avg_response_time', 'seconds'],
    ]);
    // Every header that is not imported is named with its letter and why.
    expect(plan.leftOut).toEqual([
      { header: '序号', column: 'A', reason: 'not_a_metric' },
      { header: '备注', column: 'F', reason: 'unrecognised' },
      { header: '操作', column: 'G', reason: 'not_a_metric' },
    ]);
  });

  it('keeps the first column of a metric and leaves the second out as a duplicate, whatever unit either states', () => {
    for (const order of [['平均响应时间', '平均响应时间(秒)'], ['平均响应时间(秒)', '平均响应时间']] as const) {
      const grid: Grid = [['客服昵称', '咨询人数', ...order], ['小美', 12, ...(order[0] === '平均响应时间' ? ['1分20秒', 80] : [80, '1分20秒'])]];
      const plan = planColumns(headers(grid), grid, 1)!;
      expect(plan.metrics.map((m) => m.header)).toEqual(['咨询人数', order[0]]);
      expect(plan.leftOut).toEqual([{ header: order[1], column: 'D', reason: 'duplicate_metric', metricId: 'avg_response_time', keptHeader: order[0], keptColumn: 'C' }]);
    }
  });

  it('keeps the first of two synonyms without a unit', () => {
    const grid: Grid = [['客服昵称', '咨询人数', '聊天人数', '接待人数']];
    const plan = planColumns(headers(grid), grid, 1)!;
    expect(plan.metrics.map((m) => m.header)).toEqual(['咨询人数', '接待人数']);
    expect(plan.leftOut.map((h) => [h.header, h.reason, h.keptHeader])).toEqual([['聊天人数', 'duplicate_metric', '咨询人数']]);
  });

  it('uses 旺旺类型 as the role column (neither a metric nor left out) and names 账号名称 as no metric', () => {
    const grid: Grid = [['客服昵称', '账号名称', '咨询人数', '旺旺类型', '接待人数', '直接接入人数', '']];
    const plan = planColumns(headers(grid), grid, 1)!;
    expect(plan.roleColumn).toBe(3);
    expect(plan.metrics.map((m) => m.index)).toEqual([2, 4]);
    expect(plan.leftOut).toEqual([
      { header: '账号名称', column: 'B', reason: 'not_a_metric' },
      { header: '直接接入人数', column: 'F', reason: 'unrecognised' },
    ]);
    expect(planColumns(['客服昵称', '咨询人数', '接待人数'], grid, 1)!.roleColumn).toBe(-1);
  });

  it('decides decimal rates per column: all bare numbers within [0, 1] → ×100, else points', () => {
    const grid: Grid = [
      ['客服昵称', '询单转化率', '回复率', '满意率', '好评率(%)', '退款率'],
      ['小美', 0.4567, '98.5', '99.12%', 0.98, '-'],
      ['阿杰', '0.5', 100, 0.9, 0.5, '--'],
      ['均值', 1, 0.97, '-', 0.7, ''],
    ];
    const plan = planColumns(headers(grid), grid, 1)!;
    expect(plan.metrics.map((m) => [m.metricId, m.decimalRate, m.hint])).toEqual([
      ['inquiry_conversion_rate', true, null],
      ['reply_rate', false, 'percent'],
      ['satisfaction_rate', true, null],
      ['positive_review_rate', false, 'percent'], // the header says (%): bare numbers are points
      ['refund_rate', false, 'percent'], // nothing to decide on
    ]);
  });

  it('refuses a table without an agent column or with fewer than two metrics', () => {
    expect(planColumns(['日期', '咨询人数', '接待人数'], [], 1)).toBeNull();
    expect(planColumns(['客服昵称', '咨询人数', '备注'], [], 1)).toBeNull();
  });

  it('names a second agent column as no metric', () => {
    const plan = planColumns(['客服昵称', '子账号', '咨询人数', '接待人数'], [], 1)!;
    expect(plan.agentColumn).toBe(0);
    expect(plan.leftOut).toEqual([{ header: '子账号', column: 'B', reason: 'not_a_metric' }]);
  });
});

describe('isDecimalRateColumn', () => {
  it('ignores cells with a % sign and missing markers, and needs one bare number', () => {
    expect(isDecimalRateColumn([['h'], ['45%'], ['-'], [0.5]], 0, 1)).toBe(true);
    expect(isDecimalRateColumn([['h'], ['45%'], ['-']], 0, 1)).toBe(false);
    expect(isDecimalRateColumn([['h'], [0.5], [-0.1]], 0, 1)).toBe(false);
    expect(isDecimalRateColumn([['h'], [' 0.5 '], ['1.5']], 0, 1)).toBe(false);
  });
});

describe('numbersAreCanonical', () => {
  // The shortcut must answer exactly what parseCell answers for the number's text.
  const NUMBERS = [0, -0, 1, 132, 0.4567, 45.67, 1234.5, 16875.68, 7.34, 1e-7, 123456789.125, -3.5];
  const HINTS: (HeaderUnitHint | null)[] = [null, 'seconds', 'minutes', 'hours', 'fen', 'yuan', 'percent', 'count'];
  const UNITS: Unit[] = ['percent', 'seconds', 'duration', 'yuan', 'count', 'ratio'];
  it('agrees with parseCell wherever it says a number is already canonical', () => {
    const checked: string[] = [];
    for (const unit of UNITS) {
      for (const hint of HINTS) {
        if (!numbersAreCanonical(unit, hint)) continue;
        checked.push(`${unit}/${hint}`);
        for (const n of NUMBERS) expect(Object.is(parseCell(numberText(n), unit, hint, 'file'), n === 0 ? 0 : n), `${unit} ${hint} ${n}`).toBe(true);
      }
    }
    expect(checked).toContain('yuan/null');
    expect(checked).not.toContain('yuan/fen');
    expect(checked).not.toContain('percent/null');
    expect(checked).not.toContain('duration/null');
  });
});
