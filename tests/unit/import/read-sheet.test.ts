import { bilingual, enWords } from '../support/words';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../lib/import/column-plan';
import { findHeader } from '../../../lib/import/find-header';
import type { Grid } from '../../../lib/import/grid';
import { readSheet } from '../../../lib/import/read-sheet';
import { MAX_LISTED_PROBLEMS } from '../../../lib/import/limits';

const TODAY = '2026-11-27';

function read(grid: Grid) {
  const header = findHeader(grid)!;
  const plan = planColumns(header.headers, grid, header.row + 1)!;
  return { plan, table: readSheet(grid, header.row + 1, plan, TODAY) };
}

describe('readSheet', () => {
  it('reads agent rows and keeps summary rows as benchmarks with their kind', () => {
    const { table } = read([
      ['客服绩效'],
      ['客服昵称', '咨询人数', '询单转化率', '平均响应时间(秒)'],
      ['汇总', 1320, 0.4321, 30.5],
      ['均值', 132, 0.4321, 30.5],
      ['同行同层均值', 98, 0.3855, 41.2],
      ['三只松鼠旗舰店:小美 ', 132, 0.4567, 37.79],
      ['三只松鼠旗舰店：阿杰', 128, 1, 22],
    ]);
    expect(table.agents).toEqual(['三只松鼠旗舰店:小美', '三只松鼠旗舰店：阿杰']);
    expect(table.benchmarks).toEqual([
      { label: '汇总', kind: 'team_total' },
      { label: '均值', kind: 'team_average' },
      { label: '同行同层均值', kind: 'peer_average' },
    ]);
    expect(table.rows.map((r) => [r.label, r.kind, r.period, r.values])).toEqual([
      ['汇总', 'team_total', null, [1320, 43.21, 30.5]],
      ['均值', 'team_average', null, [132, 43.21, 30.5]],
      ['同行同层均值', 'peer_average', null, [98, 38.55, 41.2]],
      ['三只松鼠旗舰店:小美', 'agent', null, [132, 45.67, 37.79]],
      ['三只松鼠旗舰店：阿杰', 'agent', null, [128, 100, 22]],
    ]);
    expect(table.problems).toEqual([]);
    expect(table.dates).toBeNull();
  });

  it('stores 延迟统计 and other missing markers as null, never 0', () => {
    const { table } = read([
      ['客服', '咨询人数', '回复率', '在线时长'],
      ['小美', '延迟统计', '延迟统计', '延迟统计'],
      ['阿杰', '-', '--', ''],
      ['小王', 12, '暂无', '8小时32分'],
    ]);
    expect(table.rows.map((r) => r.values)).toEqual([
      [null, null, null],
      [null, null, null],
      [12, null, 30720],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads money in 分 where the header says so, and durations written as text', () => {
    const { table } = read([
      ['客服账号', '销售额(分)', '客单价(元)', '在线时长', '平均响应(秒)'],
      ['pdd:小美', 1234550, '88.5', '8小时32分', '12.5'],
      ['pdd:阿杰', '99', '1.2万', '40.42小时', '1:20'],
    ]);
    expect(table.rows.map((r) => r.values)).toEqual([
      [12345.5, 88.5, 30720, 12.5],
      [0.99, 12000, 145512, 80],
    ]);
  });

  it('lists a cell that is not a value with its row and column, and stores it as missing', () => {
    const { table } = read([
      ['客服昵称', '咨询人数', '询单转化率'],
      ['小美', '很多', '45.67%'],
      ['阿杰', 12, 'abc'],
    ]);
    expect(table.rows.map((r) => r.values)).toEqual([
      [null, 45.67],
      [12, null],
    ]);
    expect(table.problems.map((p) => ({ ...p, reason: bilingual(p.reason) }))).toEqual([
      { row: 2, column: 'B', text: '很多', reason: { zh: '不是数量（应为如 1,234 或 1.2万），记为缺失', en: 'not a count (such as 1,234 or 1.2万); stored as missing' } },
      { row: 3, column: 'C', text: 'abc', reason: { zh: '不是百分比（应为如 45.67% 或 0.4567），记为缺失', en: 'not a percentage (such as 45.67% or 0.4567); stored as missing' } },
    ]);
  });

  it('caps the listed problems and counts the rest', () => {
    const grid: Grid = [['客服昵称', '咨询人数', '接待人数']];
    for (let i = 0; i < MAX_LISTED_PROBLEMS + 5; i++) grid.push([`客服${i}`, 'x', 1]);
    const { table } = read(grid);
    expect(table.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(table.moreProblems).toBe(5);
  });

  it('skips notes under the table, blank rows and a repeated header', () => {
    const { table } = read([
      ['客服昵称', '咨询人数', '接待人数'],
      ['小美', 12, 10],
      ['客服昵称', '咨询人数', '接待人数'],
      [],
      ['', '', ''],
      ['注：数据来源于生意参谋，仅供参考'],
      ['阿杰', 8, 7],
    ]);
    expect(table.rows.map((r) => r.label)).toEqual(['小美', '阿杰']);
  });

  it('finds a benchmark label written outside the agent column', () => {
    const { table } = read([
      ['序号', '客服昵称', '咨询人数', '接待人数'],
      [1, '小美', 12, 10],
      ['合计', '', 12, 10],
    ]);
    expect(table.rows.map((r) => [r.label, r.kind])).toEqual([
      ['小美', 'agent'],
      ['合计', 'team_total'],
    ]);
  });

  it('merges a label seen twice: the later copy only fills gaps', () => {
    const { table } = read([
      ['客服昵称', '咨询人数', '接待人数'],
      ['小美', 12, '-'],
      ['小美', 99, 10],
    ]);
    expect(table.rows.map((r) => [r.label, r.values])).toEqual([['小美', [12, 10]]]);
  });

  it('gives each row of a per-day export its own day, sharing one period object per day', () => {
    const { table } = read([
      ['日期', '客服昵称', '咨询人数', '接待人数'],
      ['2026-11-19', '小美', 12, 10],
      ['2026-11-19', '阿杰', 8, 7],
      ['2026/11/20', '小美', 13, 11],
      [20261121, '小美', 14, 12],
      ['2026-11-20', '小美', 99, 99], // the same day again: fills gaps only
    ]);
    expect(table.rows.map((r) => [r.period?.start, r.period?.end, r.label, r.values])).toEqual([
      ['2026-11-19', '2026-11-19', '小美', [12, 10]],
      ['2026-11-19', '2026-11-19', '阿杰', [8, 7]],
      ['2026-11-20', '2026-11-20', '小美', [13, 11]],
      ['2026-11-21', '2026-11-21', '小美', [14, 12]],
    ]);
    expect(table.rows[0]!.period).toBe(table.rows[1]!.period);
    expect(table.dates).toEqual({ start: '2026-11-19', end: '2026-11-21', days: 3 });
  });

  it('does not import rows without a readable date, or dated after today, and says why', () => {
    const { table } = read([
      ['日期', '客服昵称', '咨询人数', '接待人数'],
      ['2026-11-19', '小美', 12, 10],
      ['合计', '合计', 20, 17],
      ['2026-11-28', '小美', 12, 10],
    ]);
    expect(table.rows.map((r) => r.label)).toEqual(['小美']);
    expect(table.problems.map((p) => [p.row, p.column, p.text, enWords(p.reason)])).toEqual([
      [3, 'A', '合计', 'not a date; row not imported'],
      [4, 'A', '2026-11-28', 'date after today (2026-11-27); row not imported'],
    ]);
  });

  it('reads weekly rows of a 统计周期 column as ranges', () => {
    const { table } = read([
      ['统计周期', '客服昵称', '咨询人数', '接待人数'],
      ['2026-11-09~2026-11-15', '小美', 80, 70],
      ['2026-11-16~2026-11-22', '小美', 90, 75],
    ]);
    expect(table.rows.map((r) => r.period)).toEqual([
      { start: '2026-11-09', end: '2026-11-15' },
      { start: '2026-11-16', end: '2026-11-22' },
    ]);
    expect(table.dates).toEqual({ start: '2026-11-09', end: '2026-11-22', days: 2 });
  });

  it('refuses labels longer than the database allows', () => {
    const { table } = read([
      ['客服昵称', '咨询人数', '接待人数'],
      ['长'.repeat(201), 1, 2],
    ]);
    expect(table.rows).toEqual([]);
    expect(enWords(table.problems[0]!.reason)).toBe('name longer than 200 characters; row not imported');
  });
});
