// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isTableLoading } from '../../../lib/capture/table-loading';
import { scanDocument } from '../../../lib/capture/scan-document';

const TABLE = `<table><thead><tr><th>客服</th><th>回复率</th><th>咨询人数</th></tr></thead><tbody><tr><td>小美</td><td>99%</td><td>12</td></tr></tbody></table>`;

describe('isTableLoading', () => {
  test.each([
    ['antd Table loading', `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div><div class="ant-spin ant-spin-spinning"><span class="ant-spin-dot"></span></div></div><div class="ant-spin-container ant-spin-blur"><div class="ant-table">${TABLE}</div></div></div></div>`, true],
    ['antd Table idle', `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table">${TABLE}</div></div></div></div>`, false],
    ['Fusion Table loading', `<div class="next-loading next-open next-loading-inline"><div class="next-loading-tip"><div class="next-loading-indicator"></div></div><div class="next-loading-component next-loading-wrap"><div class="next-table">${TABLE}</div></div></div>`, true],
    ['Element UI v-loading', `<div class="el-table">${TABLE}<div class="el-loading-mask"><div class="el-loading-spinner"></div></div></div>`, true],
    ['aria-busy region', `<section aria-busy="true"><div class="grid">${TABLE}</div></section>`, true],
    ['a spinner elsewhere on the page', `<div class="side"><div class="ant-spin ant-spin-spinning"></div></div><main><section><div><div>${TABLE}</div></div></section></main>`, false],
  ])('%s', (_name, markup, loading) => {
    document.body.innerHTML = markup;
    const root = document.querySelector('.ant-table, .next-table, .el-table') ?? document.querySelector('table')!;
    expect(isTableLoading(root)).toBe(loading);
    expect(scanDocument(document).length).toBe(loading ? 0 : 1);
  });
});
