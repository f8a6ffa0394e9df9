import { describe, expect, it } from 'vitest';
import { numbersAreCanonical, planColumns } from '../../../lib/import/column-plan';
import { isDecimalRateColumn } from '../../../lib/import/decimal-rate';
import type { Grid } from '../../../lib/import/grid';
import { numberText } from '../../../lib/import/grid';
import { parseCell } from '../../../lib/metrics/parse-value';
import type { HeaderUnitHint, Unit } from '../../../lib/metrics/types';

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
    // 备注 is listed (unknown); 序号 and 操作 are not (known non-metrics).
    expect(plan.ignored).toEqual([{ header: '备注', reason: { zh: '不是可识别的指标', en: 'not a recognised metric' } }]);
  });

  it('keeps the (秒) column of a metric and lists the readable duplicate as ignored, whichever comes first', () => {
    for (const order of [['平均响应时间', '平均响应时间(秒)'], ['平均响应时间(秒)', '平均响应时间']]) {
      const grid: Grid = [['客服昵称', '咨询人数', ...order], ['小美', 12, ...(order[0] === '平均响应时间' ? ['1分20秒', 80] : [80, '1分20秒'])]];
      const plan = planColumns(headers(grid), grid, 1)!;
      expect(plan.metrics.map((m) => m.header)).toEqual(['咨询人数', '平均响应时间(秒)']);
      expect(plan.ignored).toEqual([
        { header: '平均响应时间', reason: { zh: '与“平均响应时间(秒)”是同一指标，只导入“平均响应时间(秒)”', en: 'same metric as “平均响应时间(秒)”; only “平均响应时间(秒)” is imported' } },
      ]);
    }
  });

  it('keeps the first of two synonyms without a unit', () => {
    const grid: Grid = [['客服昵称', '咨询人数', '聊天人数', '接待人数']];
    const plan = planColumns(headers(grid), grid, 1)!;
    expect(plan.metrics.map((m) => m.header)).toEqual(['咨询人数', '接待人数']);
    expect(plan.ignored.map((h) => h.header)).toEqual(['聊天人数']);
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

  it('lists a second agent column as ignored', () => {
    const plan = planColumns(['客服昵称', '子账号', '咨询人数', '接待人数'], [], 1)!;
    expect(plan.agentColumn).toBe(0);
    expect(plan.ignored.map((h) => [h.header, h.reason.en])).toEqual([['子账号', 'the agent column “客服昵称” is used']]);
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
