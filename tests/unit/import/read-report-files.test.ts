import { enWords } from '../support/words';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../../lib/import/read-report-files';
import { pct, utf8, workbookBytes } from './make-workbook';

const TODAY = '2026-11-27';
const read = async (name: string, bytes: Uint8Array) => (await readReportFiles([{ name, bytes }], { today: TODAY })).files[0]!;

describe('readReportFiles', () => {
  it('previews a grouped-header workbook with notes sheets, writing nothing', async () => {
    const bytes = workbookBytes({
      说明: [['本报表由生意参谋导出'], ['指标口径见帮助中心']],
      客服绩效: {
        rows: [
          ['客服绩效 旗舰店'],
          ['统计时间：2026-11-20 ~ 2026-11-26'],
          ['客服昵称', '接待', null, '响应', null, '转化'],
          [null, '咨询人数', '接待人数', '平均响应时间', '平均响应时间(秒)', '询单转化率'],
          ['汇总', 1320, 1280, '35秒', 35.2, 0.4321],
          ['旗舰店:小美', 132, 128, '37秒', 37.79, 0.4567],
          ['旗舰店:阿杰', 120, 118, '1分2秒', 62, 0.3811],
        ],
        merges: ['A3:A4', 'B3:C3', 'D3:E3'],
      },
      空白: [],
    });
    const file = await read('客服绩效_20261120_20261126.xlsx', bytes);
    expect(file).toMatchObject({ id: '0:客服绩效_20261120_20261126.xlsx', error: null, alreadyImported: false, console: 'custom' });
    expect(file.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.skippedSheets.map((s) => [s.sheet, enWords(s.reason)])).toEqual([
      ['说明', 'no agent table (needs an agent column and two metric columns)'],
      ['空白', 'empty sheet'],
    ]);
    const [sheet] = file.sheets;
    expect(sheet).toMatchObject({
      id: '0:客服绩效_20261120_20261126.xlsx|客服绩效',
      sheet: '客服绩效',
      sourceKey: 'file|custom|客服绩效#客服绩效',
      headerRow: 4,
      period: { kind: 'file-name', start: '2026-11-20', end: '2026-11-26', days: 7 },
      agents: ['旗舰店:小美', '旗舰店:阿杰'],
      benchmarks: [{ label: '汇总', kind: 'team_total' }],
      metrics: [
        { id: 'consult_count', header: '咨询人数' },
        { id: 'reception_count', header: '接待人数' },
        // The first of two 平均响应时间 columns is kept (its readable text), the (秒) twin left out.
        { id: 'avg_response_time', header: '平均响应时间' },
        { id: 'inquiry_conversion_rate', header: '询单转化率', decimalRate: true },
      ],
      problems: [],
      valueCount: 12,
    });
    expect(sheet!.leftOut).toEqual([
      { header: '平均响应时间(秒)', column: 'E', reason: 'duplicate_metric', metricId: 'avg_response_time', keptHeader: '平均响应时间', keptColumn: 'D' },
    ]);
    expect(sheet!.rows.map((r) => r.values)).toEqual([
      [1320, 1280, 35, 43.21],
      [132, 128, 37, 45.67],
      [120, 118, 62, 38.11],
    ]);
  });

  it('reads a GBK CSV with title rows, percent text and 分 money', async () => {
    const csv = [
      '拼多多 客服数据',
      '客服账号,咨询人数,3分钟人工回复率,销售额(分),平均响应时间(秒)',
      '"拼多多店:小美",132,98.52%,1234550,12.5',
      '"拼多多店:阿杰",120,-,99,8',
      '均值,126,98.1%,617324,10.25',
    ].join('\r\n');
    const file = await read('拼多多客服数据_2026-11-25.csv', new Uint8Array(iconv.encode(csv, 'gbk')));
    expect(file.console).toBe('pinduoduo');
    const [sheet] = file.sheets;
    expect(sheet).toMatchObject({
      sheet: '拼多多客服数据_2026-11-25.csv',
      sourceKey: 'file|pinduoduo|拼多多客服数据',
      headerRow: 2,
      period: { kind: 'file-name', start: '2026-11-25', end: '2026-11-25', days: 1 },
      agents: ['拼多多店:小美', '拼多多店:阿杰'],
      benchmarks: [{ label: '均值', kind: 'team_average' }],
    });
    expect(sheet!.metrics.map((m) => [m.id, m.decimalRate])).toEqual([
      ['consult_count', undefined],
      ['response_rate_3min', false],
      ['sales_amount', undefined],
      ['avg_response_time', undefined],
    ]);
    expect(sheet!.rows.map((r) => r.values)).toEqual([
      [132, 98.52, 12345.5, 12.5],
      [120, null, 0.99, 8],
      [126, 98.1, 6173.24, 10.25],
    ]);
  });

  it('reads a tab-separated "xls" and an HTML table saved as .xls', async () => {
    const tsv = '客服昵称\t咨询人数\t回复率\n小美\t12\t0.98\n';
    expect((await read('客服.xls', utf8(tsv))).sheets[0]!.rows[0]!.values).toEqual([12, 98]);
    const html = '<html><head><meta charset="utf-8"></head><body><table><tr><td>客服昵称</td><td>咨询人数</td><td>回复率</td></tr><tr><td>小美</td><td>12</td><td>98.5%</td></tr></table></body></html>';
    const file = await read('客服.xls', utf8(html));
    expect(file.error).toBeNull();
    expect(file.sheets[0]!.rows.map((r) => [r.label, r.values])).toEqual([['小美', [12, 98.5]]]);
  });

  it('previews a per-day workbook with real Excel dates', async () => {
    const day = (serial: number) => ({ t: 'n' as const, v: serial, z: 'yyyy-mm-dd' });
    const bytes = workbookBytes({
      明细: [
        ['日期', '客服昵称', '咨询人数', '询单转化率'],
        [day(46345), '小美', 12, pct(0.4567)],
        [day(46345), '阿杰', 10, pct(0.5)],
        [day(46346), '小美', 14, '-'],
      ],
    });
    const [sheet] = (await read('客服数据明细.xlsx', bytes)).sheets;
    expect(sheet!.period).toEqual({ kind: 'date-column', start: '2026-11-19', end: '2026-11-20', days: 2 });
    expect(sheet!.rows.map((r) => [r.period!.start, r.label, r.values])).toEqual([
      ['2026-11-19', '小美', [12, 45.67]],
      ['2026-11-19', '阿杰', [10, 50]],
      ['2026-11-20', '小美', [14, null]],
    ]);
  });

  it('numbers files and sheets so ids are unique even for equal names', async () => {
    const bytes = workbookBytes({ S: [['客服', '咨询人数', '接待人数'], ['小美', 1, 2]] });
    const preview = await readReportFiles(
      [
        { name: 'a.xlsx', bytes },
        { name: 'a.xlsx', bytes: workbookBytes({ S: [['客服', '咨询人数', '接待人数'], ['阿杰', 1, 2]] }) },
      ],
      { today: TODAY },
    );
    expect(preview.files.map((f) => f.sheets[0]!.id)).toEqual(['0:a.xlsx|S', '1:a.xlsx|S']);
  });
});
