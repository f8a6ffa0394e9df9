import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../../../lib/import/file-kind';
import { readReportFiles } from '../../../lib/import/read-report-files';
import { pct, workbookBytes } from './make-workbook';

const TODAY = '2026-11-27';
const read = async (name: string, bytes: Uint8Array) => (await readReportFiles([{ name, bytes }], { today: TODAY })).files[0]!;
const valuesOf = (sheet: { rows: { label: string; values: (number | null)[] }[] }) => sheet.rows.map((r) => [r.label, ...r.values]);

describe('cell formats of the console downloads', () => {
  it('reads 抖店 durations, decimal hours under PC在线时长（时） and names 账号名称 as no metric', async () => {
    const file = await read(
      '飞鸽_客服表现_2026-11-20_2026-11-26.xlsx',
      workbookBytes({
        客服表现: [
          ['客服昵称', '账号名称', '全天平响时长', '全天首响时长', 'PC在线时长（时）', '全天满意率'],
          ['店铺汇总值', '', '-', '-', 52.25, '-'],
          ['小美', 'ssss18600@店', '11秒', '7小时41分52秒', 7.5, '98.12%'],
          ['阿杰', 'ssss18637@店', '10分0秒', '2分30秒', '8', '100.00%'],
        ],
      }),
    );
    const [sheet] = file.sheets;
    expect(sheet!.metrics.map((m) => m.id)).toEqual(['avg_response_time', 'first_response_time', 'online_duration', 'satisfaction_rate']);
    expect(sheet!.leftOut).toEqual([{ header: '账号名称', column: 'B', reason: 'not_a_metric' }]);
    expect(valuesOf(sheet!)).toEqual([
      ['店铺汇总值', null, null, 188100, null],
      ['小美', 11, 27712, 27000, 98.12],
      ['阿杰', 600, 150, 28800, 100],
    ]);
    expect(sheet!.benchmarks).toEqual([{ label: '店铺汇总值', kind: 'team_total' }]);
  });

  it('reads 赤兔 回复率 written as decimals in one file and as 100.00% in another to the same points', async () => {
    const header = ['客服昵称', '接待人数', '平均响应(秒)', '回复率'];
    const decimal = await read(
      '自定义报表_KPI_下单优先判定_2026-11-01至2026-11-07.xlsx',
      workbookBytes({ Sheet1: [header, ['店:小美', 120, '8分48秒', '1.0'], ['店:阿杰', 98, '35秒', '0.9752'], ['汇总', 218, '-', '延迟统计'], ['均值', 109, '4分51秒', '0.9876']] }),
    );
    const percent = await read(
      '自定义报表_KPI_下单优先判定_2026-11-08至2026-11-14.xlsx',
      workbookBytes({ Sheet1: [header, ['店:小美', 120, '8分48秒', '100.00%'], ['店:阿杰', 98, '35秒', '97.52%'], ['汇总', 218, '-', '延迟统计'], ['均值', 109, '4分51秒', '98.76%']] }),
    );
    for (const file of [decimal, percent]) {
      expect(file.console).toBe('chitu');
      expect(valuesOf(file.sheets[0]!)).toEqual([
        ['店:小美', 120, 528, 100],
        ['店:阿杰', 98, 35, 97.52],
        ['汇总', 218, null, null],
        ['均值', 109, 291, 98.76],
      ]);
    }
    expect(decimal.sheets[0]!.metrics[2]).toEqual({ id: 'reply_rate', header: '回复率', decimalRate: true });
    expect(percent.sheets[0]!.metrics[2]).toEqual({ id: 'reply_rate', header: '回复率', decimalRate: false });
  });

  it('keeps the 8-23点 and 全天 windows of PDD apart, and the first of two columns of one metric', async () => {
    const file = await read(
      '客服绩效_下载表单_20261125.xlsx',
      workbookBytes({
        Sheet0: [
          ['客服账号', '3分钟人工回复率(8-23点)', '3分钟人工回复率(全天)', '30秒应答率(8-23点)', '30秒应答率(全天)', '去退销售额（元）', '客服销售额（元）', '销售额'],
          ['店:小美', 0.9752, 0.9, 1, 0.8812, 1234.5, 1500, 1499],
          ['店:阿杰', 1, 0.95, 0.9, 0.85, '', 800, 801],
        ],
      }),
    );
    const [sheet] = file.sheets;
    expect(sheet!.metrics.map((m) => m.id)).toEqual(['response_rate_3min', 'response_rate_3min_allday', 'response_rate_30s', 'response_rate_30s_allday', 'net_sales_amount', 'sales_amount']);
    expect(sheet!.leftOut).toEqual([
      { header: '销售额', column: 'H', reason: 'duplicate_metric', metricId: 'sales_amount', keptHeader: '客服销售额（元）', keptColumn: 'G' },
    ]);
    // The second column never fills the first one's gaps.
    expect(valuesOf(sheet!)).toEqual([
      ['店:小美', 97.52, 90, 100, 88.12, 1234.5, 1500],
      ['店:阿杰', 100, 95, 90, 85, null, 800],
    ]);
  });
});

describe('file shapes', () => {
  it('reads an old binary .xls named .xlsx by its content, header over rows 1-3, data from row 4', async () => {
    const bytes = workbookBytes(
      {
        Sheet1: {
          rows: [
            ['客服销售数据'],
            ['统计日期', '客服账号', '咨询', null, '转化'],
            [null, null, '咨询人数', '询单人数', '询单转化率'],
            ['2026-11-25', '店:小美', 132, 60, '45.00%'],
            ['2026-11-25', '店:阿杰', 98, 40, '-'],
          ],
          merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2'],
        },
      },
      'biff8',
    );
    expect(fileKindOf(bytes)).toBe('cfb');
    const file = await read('百草味旗舰店_客服_销售数据_20261125.xlsx', bytes);
    expect(file.error).toBeNull();
    const [sheet] = file.sheets;
    expect(sheet).toMatchObject({ headerRow: 3, period: { kind: 'date-column', start: '2026-11-25', end: '2026-11-25', days: 1 } });
    expect(valuesOf(sheet!)).toEqual([
      ['店:小美', 132, 60, 45],
      ['店:阿杰', 98, 40, null],
    ]);
  });

  it('reads JD 客服_服务工作量 with merged header cells over three rows and asks for its period', async () => {
    const bytes = workbookBytes({
      Sheet1: {
        rows: [
          ['客服服务工作量'],
          ['客服', '咨询量', '接待量', '响应', null, '服务'],
          [null, null, null, '首次平均响应时间', '30s应答率', '满意率'],
          ['店:小美', 132, 128, 12.4, '92.8%', pct(0.75)],
          ['总计', 132, 128, '-', '-', '-'],
        ],
        merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'],
      },
    });
    const file = await read('客服_服务工作量.xlsx', bytes);
    const [sheet] = file.sheets;
    expect(sheet).toMatchObject({ headerRow: 3, period: { kind: 'needed' }, agents: ['店:小美'], benchmarks: [{ label: '总计', kind: 'team_total' }] });
    expect(sheet!.metrics.map((m) => m.id)).toEqual(['consult_count', 'reception_count', 'first_response_time', 'response_rate_30s', 'satisfaction_rate']);
    expect(valuesOf(sheet!)).toEqual([
      ['店:小美', 132, 128, 12.4, 92.8, 75],
      ['总计', 132, 128, null, null, null],
    ]);
  });

  it('names 序号 and 操作 as no metric, an unknown header as unrecognised', async () => {
    const file = await read('客服_2026-11-25.csv', new TextEncoder().encode('序号,客服昵称,咨询人数,接待人数,直接接入人数,操作\r\n1,店:小美,12,11,9,详情\r\n'));
    expect(file.sheets[0]!.leftOut).toEqual([
      { header: '序号', column: 'A', reason: 'not_a_metric' },
      { header: '直接接入人数', column: 'E', reason: 'unrecognised' },
      { header: '操作', column: 'F', reason: 'not_a_metric' },
    ]);
  });
});
