import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../lib/import/find-header';
import type { Grid } from '../../../lib/import/grid';

describe('findHeader', () => {
  it('skips title and note rows above the header', () => {
    const grid: Grid = [
      ['客服绩效（旗舰店）'],
      ['统计时间：2026-11-20 ~ 2026-11-26', '', '注：数据为T+1'],
      ['序号', '客服昵称', '咨询人数', '询单转化率'],
      [1, '旗舰店:小美', 132, '45.67%'],
    ];
    expect(findHeader(grid)).toEqual({ row: 2, headers: ['序号', '客服昵称', '咨询人数', '询单转化率'] });
  });

  it('goes on to the leaf row when the group row above already names an agent and two metrics (merged down)', () => {
    // JD 客服_服务工作量: title, group and leaf rows, data from row 4; 客服, 咨询量, 接待量 merged over both header rows.
    const grid: Grid = [
      ['客服服务工作量', '客服服务工作量', '客服服务工作量', '客服服务工作量', '客服服务工作量', '客服服务工作量'],
      ['客服', '咨询量', '接待量', '响应', '响应', '服务'],
      ['客服', '咨询量', '接待量', '首次平均响应时间', '30s应答率', '满意率'],
      ['店:小美', 132, 128, 12.4, '92.8%', '75.00%'],
    ];
    expect(findHeader(grid)).toEqual({ row: 2, headers: ['客服', '咨询量', '接待量', '首次平均响应时间', '30s应答率', '满意率'] });
  });

  it('stays on a one-row header: the first data row names no metric', () => {
    const grid: Grid = [
      ['客服昵称', '咨询人数', '接待人数'],
      ['小美', 132, 128],
    ];
    expect(findHeader(grid)?.row).toBe(0);
  });

  it('takes the leaf row of a two-row grouped header; an empty leaf takes the text above it', () => {
    const grid: Grid = [
      ['客服昵称', '接待', '', '转化', ''],
      ['', '咨询人数', '接待人数', '询单人数', '询单转化率'],
      ['小美', 132, 128, 60, 0.45],
    ];
    expect(findHeader(grid)).toEqual({ row: 1, headers: ['客服昵称', '咨询人数', '接待人数', '询单人数', '询单转化率'] });
  });

  it('needs an agent column and two different metrics', () => {
    expect(findHeader([['日期', '咨询人数', '接待人数', '询单转化率']])).toBeNull();
    expect(findHeader([['客服昵称', '咨询人数', '聊天人数', '备注']])).toBeNull(); // one metric, twice
    expect(findHeader([['客服昵称', '咨询人数', '接待人数']])).toEqual({ row: 0, headers: ['客服昵称', '咨询人数', '接待人数'] });
  });

  it('looks only at the first 30 rows', () => {
    const grid: Grid = Array.from({ length: 30 }, () => ['说明']);
    grid.push(['客服昵称', '咨询人数', '接待人数']);
    expect(findHeader(grid)).toBeNull();
  });
});
