import { describe, expect, it } from 'vitest';
import { comparisonLayout } from '../../../lib/capture/comparison-table';
import { readComparisonTable } from '../../../lib/capture/parse-raw-table';
import type { TableGrid } from '../../../lib/model/capture-types';

const grid = (headers: string[], rows: string[][], footerRows: string[][] = []): TableGrid => ({ headers, rows, footerRows });

describe('comparisonLayout: two columns never land on one id', () => {
  it('reads the first column of a metric and leaves the later one out as a duplicate', () => {
    const layout = comparisonLayout(['客服', '平均响应(秒)', '回复率', '平均响应时长', '旺旺回复率(%)']);
    expect(layout!.metricColumns.map((c) => [c.index, c.metricId])).toEqual([
      [1, 'avg_response_time'],
      [2, 'reply_rate'],
    ]);
    expect(layout!.leftOut).toEqual([
      { header: '平均响应时长', reason: 'duplicate_metric', metricId: 'avg_response_time', keptHeader: '平均响应(秒)' },
      { header: '旺旺回复率(%)', reason: 'duplicate_metric', metricId: 'reply_rate', keptHeader: '回复率' },
    ]);
  });

  it('never fills a gap of the first column from the duplicate, nor replaces a bad cell with it', () => {
    const table = readComparisonTable(
      grid(
        ['客服', '平均响应(秒)', '回复率', '平均响应时长'],
        [
          ['小美', '-', '99%', '12'],
          ['阿杰', '##', '98%', '15'],
          ['小红', '20', '97%', '25'],
        ],
      ),
    )!;
    expect(table.metrics).toEqual(['avg_response_time', 'reply_rate']);
    expect(table.headerTexts).toEqual({ avg_response_time: '平均响应(秒)', reply_rate: '回复率' });
    expect(table.rows.map((r) => [r.label, r.values])).toEqual([
      ['小美', { avg_response_time: null, reply_rate: 99 }],
      ['阿杰', { avg_response_time: null, reply_rate: 98 }],
      ['小红', { avg_response_time: 20, reply_rate: 97 }],
    ]);
    expect(table.warnings.map((w) => [w.row, w.metric, w.text])).toEqual([['阿杰', 'avg_response_time', '##']]);
    expect(table.leftOut).toEqual([{ header: '平均响应时长', reason: 'duplicate_metric', metricId: 'avg_response_time', keptHeader: '平均响应(秒)' }]);
  });

  it('is no comparison table when the only two metric columns are one metric', () => {
    expect(comparisonLayout(['客服', '回复率', '旺旺回复率'])).toBeNull();
  });

  it('PDD 8-23点 and 全天 columns are four metrics, nothing left out', () => {
    const layout = comparisonLayout(['客服账号', '30秒应答率(8-23点)', '3分钟人工回复率(8-23点)', '3分钟人工回复率(全天)', '30秒应答率(全天)']);
    expect(layout!.metricColumns.map((c) => c.metricId)).toEqual([
      'response_rate_30s',
      'response_rate_3min',
      'response_rate_3min_allday',
      'response_rate_30s_allday',
    ]);
    expect(layout!.leftOut).toEqual([]);
  });
});

describe('comparisonLayout: every column not stored is named, with its reason', () => {
  it('unrecognised headers, non-metric columns and a second agent column; not the agent column nor empty headers', () => {
    const layout = comparisonLayout(['', '序号', '客服昵称', '日期', '延询单人数', '咨询人数', '询单人数', '操作', 'ⓘ', '旺旺昵称', '\uE600']);
    expect(layout!.agentColumn).toBe(2);
    expect(layout!.leftOut).toEqual([
      { header: '序号', reason: 'not_a_metric' },
      { header: '日期', reason: 'not_a_metric' },
      { header: '延询单人数', reason: 'unrecognised' },
      { header: '操作', reason: 'not_a_metric' },
      { header: '旺旺昵称', reason: 'not_a_metric' },
    ]);
  });

  it('cuts long headers and long lists to what the capture message accepts', () => {
    const headers = ['客服', '回复率', '咨询人数', `说明${'长'.repeat(200)}`, ...Array.from({ length: 150 }, (_, i) => `自定义列${i}`)];
    const layout = comparisonLayout(headers)!;
    expect(layout.leftOut).toHaveLength(100);
    expect(layout.leftOut[0]!.header).toHaveLength(100);
    expect(layout.leftOut[1]).toEqual({ header: '自定义列0', reason: 'unrecognised' });
  });

  it('readComparisonTable hands the list on with the table', () => {
    const table = readComparisonTable(grid(['序号', '客服', '回复率', '满意度', '备注'], [['1', '小美', '99%', '98%', '好']]))!;
    expect(table.leftOut).toEqual([
      { header: '序号', reason: 'not_a_metric' },
      { header: '备注', reason: 'unrecognised' },
    ]);
  });
});

describe('rows whose name cell is a missing marker are no agents', () => {
  it.each(['延时统计', '延迟统计', '-', '--', '—', '暂无', ' 延时统计 '])('a row named %j is not stored', (name) => {
    const table = readComparisonTable(
      grid(
        ['客服', '回复率', '咨询人数'],
        [
          ['小美', '99%', '120'],
          [name, '延时统计', '延时统计'],
        ],
      ),
    )!;
    expect(table.rows.map((r) => r.label)).toEqual(['小美']);
    expect(table.warnings).toEqual([]);
  });

  it('a row with a dash for a name is still a benchmark when another cell says 合计', () => {
    const table = readComparisonTable(grid(['序号', '客服', '回复率', '咨询人数'], [['1', '小美', '99%', '120']], [['合计', '--', '98.5%', '240']]))!;
    expect(table.rows).toEqual([
      { label: '小美', kind: 'agent', values: { reply_rate: 99, consult_count: 120 } },
      { label: '合计', kind: 'team_total', values: { reply_rate: 98.5, consult_count: 240 } },
    ]);
  });
});

describe('benchmark rows', () => {
  it('抖店 飞鸽: 店铺汇总值 is the team total, 店铺平均值 the team average; PC在线时长（时） is decimal hours', () => {
    const table = readComparisonTable(
      grid(
        ['客服昵称', '账号名称', '人工已接待人数', '不满意率', 'PC在线时长（时）', '全天3分钟回复率'],
        [
          ['小美', 'xm001', '120', '1.5%', '7.5', '98%'],
          ['阿杰', 'aj002', '80', '-', '8', '96%'],
        ],
        [
          ['店铺汇总值', '-', '200', '1.2%', '15.5', '97.2%'],
          ['店铺平均值', '-', '100', '1.2%', '7.75', '97.2%'],
        ],
      ),
    )!;
    expect(table.rows).toEqual([
      { label: '小美', kind: 'agent', values: { reception_count: 120, dissatisfaction_rate: 1.5, online_duration: 27000, response_rate_3min_allday: 98 } },
      { label: '阿杰', kind: 'agent', values: { reception_count: 80, dissatisfaction_rate: null, online_duration: 28800, response_rate_3min_allday: 96 } },
      { label: '店铺汇总值', kind: 'team_total', values: { reception_count: 200, dissatisfaction_rate: 1.2, online_duration: 55800, response_rate_3min_allday: 97.2 } },
      { label: '店铺平均值', kind: 'team_average', values: { reception_count: 100, dissatisfaction_rate: 1.2, online_duration: 27900, response_rate_3min_allday: 97.2 } },
    ]);
    expect(table.leftOut).toEqual([{ header: '账号名称', reason: 'unrecognised' }]);
  });
});
