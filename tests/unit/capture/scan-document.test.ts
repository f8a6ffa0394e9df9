// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { scanDocument as scanRaw } from '../../../lib/capture/scan-document';
import { parseRawTable } from '../../../lib/capture/parse-raw-table';

/** The page's half (raw texts) and the background's half (parsing) together: what gets stored. */
function scanDocument(doc: Document | Element) {
  return scanRaw(doc).map((found) => ({ ...found, table: parseRawTable(found.table) }));
}

function html(markup: string): void {
  document.body.innerHTML = markup;
}

function valuesOf(label: string) {
  const [found] = scanDocument(document);
  return found?.table.rows.find((r) => r.label === label)?.values;
}

beforeEach(() => html(''));

describe('native tables', () => {
  test('thead/tbody/tfoot with a grouped header, row numbers, actions and a 合计 footer spanning two columns', () => {
    html(`<table>
      <thead>
        <tr><th rowspan="2">序号</th><th rowspan="2">客服昵称</th><th colspan="2">接待</th><th colspan="2">转化</th><th rowspan="2">操作</th></tr>
        <tr><th>咨询人数</th><th>平均响应(秒)</th><th>询单人数</th><th>询单转化率 ⓘ</th></tr>
      </thead>
      <tbody>
        <tr><td>1</td><td> 优衣库官方旗舰店:小美 </td><td>1,234</td><td>12.5</td><td>320</td><td>45.67%</td><td><a>详情</a></td></tr>
        <tr><td>2</td><td>优衣库官方旗舰店：阿杰</td><td>987</td><td>-</td><td>210</td><td>38.1%</td><td><a>详情</a></td></tr>
      </tbody>
      <tfoot><tr><td colspan="2">合计</td><td>2,221</td><td>15.2</td><td>530</td><td>42.70%</td><td></td></tr></tfoot>
    </table>`);
    const [found] = scanDocument(document);
    expect(found!.table.metrics).toEqual(['consult_count', 'avg_response_time', 'inquiry_count', 'inquiry_conversion_rate']);
    expect(found!.table.rows).toEqual([
      { label: '优衣库官方旗舰店:小美', kind: 'agent', values: { consult_count: 1234, avg_response_time: 12.5, inquiry_count: 320, inquiry_conversion_rate: 45.67 } },
      { label: '优衣库官方旗舰店：阿杰', kind: 'agent', values: { consult_count: 987, avg_response_time: null, inquiry_count: 210, inquiry_conversion_rate: 38.1 } },
      { label: '合计', kind: 'team_total', values: { consult_count: 2221, avg_response_time: 15.2, inquiry_count: 530, inquiry_conversion_rate: 42.7 } },
    ]);
    expect(found!.table.warnings).toEqual([]);
    // The grouped header's leaf texts; the agent column is not listed.
    expect(found!.table.leftOut).toEqual([
      { header: '序号', reason: 'not_a_metric' },
      { header: '操作', reason: 'not_a_metric' },
    ]);
  });

  test('tables without an agent column, or with one metric, are left alone', () => {
    html(`<table><thead><tr><th>商品</th><th>访客数</th><th>支付转化率</th></tr></thead><tbody><tr><td>T恤</td><td>100</td><td>3%</td></tr></tbody></table>
      <table><thead><tr><th>客服</th><th>回复率</th><th>备注</th></tr></thead><tbody><tr><td>小美</td><td>99%</td><td>好</td></tr></tbody></table>`);
    expect(scanDocument(document)).toEqual([]);
  });

  test('a header made of <th> rows in the body (no thead) is read as the header', () => {
    html(`<table><tr><th>旺旺昵称</th><th>回复率</th><th>首次响应时间</th></tr><tr><td>阿花</td><td>98.5%</td><td>1分20秒</td></tr></table>`);
    expect(valuesOf('阿花')).toEqual({ reply_rate: 98.5, first_response_time: 80 });
  });

  test('garbage cells become warnings; the rest of the table is kept', () => {
    html(`<table><thead><tr><th>客服</th><th>回复率</th><th>咨询人数</th></tr></thead><tbody>
      <tr><td>小美</td><td>##</td><td>120</td></tr><tr><td>阿杰</td><td>99%</td><td>abc</td></tr></tbody></table>`);
    const [found] = scanDocument(document);
    expect(found!.table.rows.map((r) => r.values)).toEqual([
      { reply_rate: null, consult_count: 120 },
      { reply_rate: 99, consult_count: null },
    ]);
    expect(found!.table.warnings.map((w) => [w.row, w.metric, w.text])).toEqual([
      ['小美', 'reply_rate', '##'],
      ['阿杰', 'consult_count', 'abc'],
    ]);
    expect(found!.table.warnings.every((w) => w.reason.length > 0)).toBe(true);
  });

  test('hidden measure rows, placeholder rows and a nested table in a cell are skipped', () => {
    html(`<table><thead><tr><th>客服</th><th>回复率</th><th>咨询人数</th></tr></thead><tbody>
      <tr aria-hidden="true" class="ant-table-measure-row" style="height:0"><td></td><td></td><td></td></tr>
      <tr style="display: none"><td>隐藏客服</td><td>1%</td><td>1</td></tr>
      <tr><td>小美<table><tr><th>客服</th><th>回复率</th><th>咨询人数</th></tr><tr><td>x</td><td>1%</td><td>2</td></tr></table></td><td>97%</td><td>55</td></tr>
    </tbody></table>`);
    const found = scanDocument(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.table.rows.map((r) => r.label)).toEqual(['小美客服回复率咨询人数x1%2']);
  });
});

describe('component layouts', () => {
  test('antd fixed header: header and body are separate tables; scrollbar header cell; summary in its own table', () => {
    html(`<div class="ant-table-wrapper"><div class="ant-table ant-table-fixed-header"><div class="ant-table-container">
      <div class="ant-table-header"><table><thead class="ant-table-thead">
        <tr><th class="ant-table-cell" rowspan="2">客服</th><th colspan="2">响应</th><th rowspan="2">操作</th><th class="ant-table-cell ant-table-cell-scrollbar" rowspan="2"></th></tr>
        <tr><th>首次响应时间</th><th>平均响应时间(秒)</th></tr>
      </thead></table></div>
      <div class="ant-table-body"><table><tbody class="ant-table-tbody">
        <tr aria-hidden="true" class="ant-table-measure-row"><td></td><td></td><td></td><td></td></tr>
        <tr class="ant-table-row"><td class="ant-table-cell ant-table-cell-fix-left">店:小美</td><td>12秒</td><td>20.5</td><td>查看</td></tr>
        <tr class="ant-table-row"><td class="ant-table-cell ant-table-cell-fix-left">店:阿杰</td><td>00:00:30</td><td>31</td><td>查看</td></tr>
      </tbody></table></div>
      <div class="ant-table-summary"><table><tfoot><tr><td>均值</td><td>21秒</td><td>25.75</td><td></td></tr></tfoot></table></div>
    </div></div></div>`);
    const [found] = scanDocument(document);
    expect(found!.table.rows).toEqual([
      { label: '店:小美', kind: 'agent', values: { first_response_time: 12, avg_response_time: 20.5 } },
      { label: '店:阿杰', kind: 'agent', values: { first_response_time: 30, avg_response_time: 31 } },
      { label: '均值', kind: 'team_average', values: { first_response_time: 21, avg_response_time: 25.75 } },
    ]);
    expect(found!.root.className).toBe('ant-table ant-table-fixed-header');
  });

  test('Fusion Next locked columns: the lock-left/right copies are not read twice', () => {
    const header = `<div class="next-table-header"><table><thead><tr><th>客服</th><th>回复率</th><th>询单转化率</th><th>满意度</th></tr></thead></table></div>`;
    const body = `<div class="next-table-body"><table><tbody>
      <tr class="next-table-row"><td>同行同层均值</td><td>97.2%</td><td>41.00%</td><td>99%</td></tr>
      <tr class="next-table-row"><td>小美</td><td>98%</td><td>45.6%</td><td>延迟统计</td></tr></tbody></table></div>`;
    html(`<div class="next-table next-table-fixed next-table-lock"><div class="next-table-inner">${header}${body}</div>
      <div class="next-table-lock-left">${header}${body}</div><div class="next-table-lock-right">${header}${body}</div></div>`);
    const found = scanDocument(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.table.rows).toEqual([
      { label: '同行同层均值', kind: 'peer_average', values: { reply_rate: 97.2, inquiry_conversion_rate: 41, satisfaction_rate: 99 } },
      { label: '小美', kind: 'agent', values: { reply_rate: 98, inquiry_conversion_rate: 45.6, satisfaction_rate: null } },
    ]);
    expect(found[0]!.table.warnings).toEqual([]);
  });

  test('antd v3 fixed columns (ant-table-fixed-left/right copies) are not read twice', () => {
    const table = (cols: string[]) =>
      `<table><thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody><tr>${cols.map((_, i) => `<td>${['小美', '1,200', '99%', '查看'][i]}</td>`).join('')}</tr></tbody></table>`;
    html(`<div class="ant-table-wrapper"><div class="ant-table"><div class="ant-table-content">
      <div class="ant-table-scroll">${table(['客服', '接待人数', '回复率', '操作'])}</div>
      <div class="ant-table-fixed-left">${table(['客服'])}</div><div class="ant-table-fixed-right">${table(['客服', '接待人数', '回复率', '操作'].slice(3))}</div>
    </div></div></div>`);
    const found = scanDocument(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.table.rows).toEqual([{ label: '小美', kind: 'agent', values: { reception_count: 1200, reply_rate: 99 } }]);
  });

  test('a hand-made fixed header (a header-only table followed by a body table) is joined', () => {
    html(`<div class="grid"><div class="head"><table><thead><tr><th>子账号</th><th>回复率</th><th>在线时长</th></tr></thead></table></div>
      <div class="body"><table><tbody><tr><td>店:小美</td><td>99.1%</td><td>8小时32分</td></tr></tbody></table></div></div>`);
    expect(valuesOf('店:小美')).toEqual({ reply_rate: 99.1, online_duration: 30720 });
  });

  test('ARIA div grid with header row and gridcells', () => {
    html(`<div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">客服账号</div><div role="columnheader">30秒应答率</div><div role="columnheader">满意度</div></div></div>
      <div role="rowgroup"><div role="row"><div role="gridcell">jd_kefu01</div><div role="gridcell">85.5%</div><div role="gridcell">97%</div></div>
      <div role="row"><div role="gridcell">全店平均值</div><div role="gridcell">80%</div><div role="gridcell">--</div></div></div></div>`);
    const [found] = scanDocument(document);
    expect(found!.table.rows).toEqual([
      { label: 'jd_kefu01', kind: 'agent', values: { response_rate_30s: 85.5, satisfaction_rate: 97 } },
      { label: '全店平均值', kind: 'team_average', values: { response_rate_30s: 80, satisfaction_rate: null } },
    ]);
  });

  test('the same agent twice (a re-rendered page) gives one row', () => {
    html(`<table><thead><tr><th>客服</th><th>回复率</th><th>咨询人数</th></tr></thead><tbody>
      <tr><td>小美</td><td>99%</td><td>-</td></tr><tr><td>小美</td><td>99%</td><td>12</td></tr></tbody></table>`);
    const [found] = scanDocument(document);
    expect(found!.table.rows).toEqual([{ label: '小美', kind: 'agent', values: { reply_rate: 99, consult_count: 12 } }]);
  });
});

describe('cells with a change line', () => {
  test('"45.67% 较前一日 ↑3.2%" reads as 45.67; a change line alone is not a value', () => {
    html(`<table><thead><tr><th>客服</th><th>询单转化率</th><th>咨询人数</th></tr></thead><tbody>
      <tr><td>小美</td><td><div>45.67%</div><div>较前一日 ↑3.2%</div></td><td>1,234<br>环比 -5%</td></tr>
      <tr><td>阿杰</td><td>较前一日 ↑3.2%</td><td>12</td></tr></tbody></table>`);
    const [found] = scanDocument(document);
    expect(found!.table.rows.map((r) => r.values)).toEqual([
      { inquiry_conversion_rate: 45.67, consult_count: 1234 },
      { inquiry_conversion_rate: null, consult_count: 12 },
    ]);
    expect(found!.table.warnings.map((w) => w.text)).toEqual(['较前一日 ↑3.2%']);
  });
});

describe('Element UI', () => {
  test('the el-table__fixed copies are skipped; header and body wrappers are joined', () => {
    const header = `<div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th><div class="cell">客服名称</div></th><th><div class="cell">平均响应时长</div></th><th><div class="cell">满意率</div></th></tr></thead></table></div>`;
    const body = `<div class="el-table__body-wrapper"><table class="el-table__body"><tbody><tr class="el-table__row"><td><div class="cell">小美</div></td><td><div class="cell">00:00:25</div></td><td><div class="cell">98.2%</div></td></tr></tbody></table></div>`;
    html(`<div class="el-table el-table--fit">${header}${body}<div class="el-table__fixed">${header}${body}</div><div class="el-table__fixed-right">${header}${body}</div>
      <div class="el-table__footer-wrapper"><table class="el-table__footer"><tbody><tr><td><div class="cell">合计</div></td><td><div class="cell">00:00:30</div></td><td><div class="cell">97%</div></td></tr></tbody></table></div></div>`);
    const found = scanDocument(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.table.rows).toEqual([
      { label: '小美', kind: 'agent', values: { avg_response_time: 25, satisfaction_rate: 98.2 } },
      { label: '合计', kind: 'team_total', values: { avg_response_time: 30, satisfaction_rate: 97 } },
    ]);
  });
});
