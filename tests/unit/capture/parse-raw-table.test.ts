import { describe, expect, it } from 'vitest';
import { readRawTable } from '../../../lib/capture/comparison-table';
import { captureOfRaw, parseRawTable } from '../../../lib/capture/parse-raw-table';
import type { RawCapture, RawTable, TableGrid } from '../../../lib/model/capture-types';

const grid = (headers: string[], rows: string[][], footerRows: string[][] = []): TableGrid => ({ headers, rows, footerRows });

describe('readRawTable: the page reads texts and parses nothing', () => {
  it('sends per row the label and each recognised metric cell as read, with the ids, unit hints and headers', () => {
    const raw = readRawTable(
      grid(
        ['序号', '客服昵称', '平均响应(分钟)', '操作', '询单转化率'],
        [
          ['1', '  旗舰店:小美\n ', ' 1.5 ', '详情', '45.67% 较前一日 ↑3.2%'],
          ['2', '旗舰店:阿杰', '##', '详情', '-'],
        ],
        [['合计', '合计', '3', '', '40%']],
      ),
    )!;
    expect(raw).toEqual({
      metrics: ['avg_response_time', 'inquiry_conversion_rate'],
      hints: ['minutes', null],
      headers: ['平均响应(分钟)', '询单转化率'],
      rows: [
        ['旗舰店:小美', ' 1.5 ', '45.67% 较前一日 ↑3.2%'],
        ['旗舰店:阿杰', '##', '-'],
        ['合计', '3', '40%'],
      ],
      leftOut: [
        { header: '序号', reason: 'not_a_metric' },
        { header: '操作', reason: 'not_a_metric' },
      ],
    } satisfies RawTable);
  });

  it('a name cell that is a missing marker takes a benchmark label from another non-metric cell, or drops the row', () => {
    const raw = readRawTable(grid(['序号', '客服', '回复率', '咨询人数'], [['均值', '-', '98%', '100'], ['3', '延时统计', '97%', '90'], ['4', '阿花', '96%', '80']]))!;
    expect(raw.rows.map((r) => r[0])).toEqual(['均值', '阿花']);
  });

  it('is null for a table that is no comparison table', () => {
    expect(readRawTable(grid(['商品', '访客数', '支付转化率'], [['T恤', '100', '3%']]))).toBeNull();
  });
});

describe('parseRawTable: the background turns the texts into the stored table', () => {
  const raw: RawTable = {
    metrics: ['avg_response_time', 'inquiry_conversion_rate', 'sales_amount'],
    hints: ['minutes', null, 'fen'],
    headers: ['平均响应(分钟)', '询单转化率', '销售额(分)'],
    rows: [
      ['旗舰店:小美', ' 1.5 ', '45.67% 较前一日 ↑3.2%', '123456'],
      ['旗舰店:阿杰', '##', '-', '¥1,234.50'],
      ['合计', '3', '40%', '1.2万元'],
      ['均值', '00:01:30', '暂无', 'abc'],
    ],
    leftOut: [{ header: '序号', reason: 'not_a_metric' }],
  };

  it('parses each text with its metric unit and header hint; missing markers are null; change lines are cut', () => {
    const table = parseRawTable(raw);
    expect(table.metrics).toEqual(['avg_response_time', 'inquiry_conversion_rate', 'sales_amount']);
    expect(table.headerTexts).toEqual({ avg_response_time: '平均响应(分钟)', inquiry_conversion_rate: '询单转化率', sales_amount: '销售额(分)' });
    expect(table.rows).toEqual([
      { label: '旗舰店:小美', kind: 'agent', values: { avg_response_time: 90, inquiry_conversion_rate: 45.67, sales_amount: 1234.56 } },
      { label: '旗舰店:阿杰', kind: 'agent', values: { avg_response_time: null, inquiry_conversion_rate: null, sales_amount: 1234.5 } },
      { label: '合计', kind: 'team_total', values: { avg_response_time: 180, inquiry_conversion_rate: 40, sales_amount: 12000 } },
      { label: '均值', kind: 'team_average', values: { avg_response_time: 90, inquiry_conversion_rate: null, sales_amount: null } },
    ]);
    expect(table.leftOut).toEqual([{ header: '序号', reason: 'not_a_metric' }]);
  });

  it('an unreadable cell is a warning with its row, metric, folded text and reason; the rest of the row is kept', () => {
    expect(parseRawTable(raw).warnings).toEqual([
      { row: '旗舰店:阿杰', metric: 'avg_response_time', text: '##', reason: 'not a time in seconds (expected e.g. 12.5秒, 1分20秒 or 00:01:20)' },
      { row: '均值', metric: 'sales_amount', text: 'abc', reason: 'not an amount in yuan (expected e.g. ¥1,234.50 or 1.2万)' },
    ]);
  });

  it('a file export reads bare rates as ratios; a page does not, and looks for no change line in a file', () => {
    const rates: RawTable = { metrics: ['reply_rate', 'consult_count'], hints: [null, null], headers: ['回复率', '咨询人数'], rows: [['阿花', '0.9812', '12']], leftOut: [] };
    expect(parseRawTable(rates, 'file').rows[0]!.values).toEqual({ reply_rate: 98.12, consult_count: 12 });
    expect(parseRawTable(rates, 'page').rows[0]!.values).toEqual({ reply_rate: 0.9812, consult_count: 12 });
    const changed: RawTable = { ...rates, rows: [['阿花', '98% 较前一日 ↑1%', '12']] };
    expect(parseRawTable(changed, 'file').rows[0]!.values.reply_rate).toBeNull();
  });

  it('a label seen twice fills the first row\'s gaps only; its bad cells warn nothing', () => {
    const table = parseRawTable({
      metrics: ['reply_rate', 'consult_count'],
      hints: [null, null],
      headers: ['回复率', '咨询人数'],
      rows: [['阿花', '98%', '-'], ['阿花', '50%', '12'], ['阿花', '??', '??']],
      leftOut: [],
    });
    expect(table.rows).toEqual([{ label: '阿花', kind: 'agent', values: { reply_rate: 98, consult_count: 12 } }]);
    expect(table.warnings).toEqual([]);
  });

  it('a warning\'s text is folded and cut to what the capture message accepts', () => {
    const table = parseRawTable({ metrics: ['reply_rate', 'consult_count'], hints: [null, null], headers: ['回复率', '咨询人数'], rows: [['阿花', `x \n ${'y'.repeat(600)}`, '1']], leftOut: [] });
    expect(table.warnings[0]!.text).toHaveLength(500);
    expect(table.warnings[0]!.text.startsWith('x y')).toBe(true);
  });

  it('captureOfRaw keeps the source and period as sent', () => {
    const source = { console: 'sycm' as const, pageUrl: 'https://sycm.taobao.com/', frameUrl: 'https://sycm.taobao.com/', tableKey: 'k' };
    const period = { start: '2026-11-20', end: '2026-11-26', guessed: false, evidence: '近7天' };
    const capture = captureOfRaw({ ...raw, source, period } satisfies RawCapture);
    expect(capture.source).toEqual(source);
    expect(capture.period).toEqual(period);
    expect(capture.rows).toHaveLength(4);
  });
});
