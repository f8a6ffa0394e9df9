import { describe, expect, test } from 'vitest';
import { expandSpans, leafHeaders } from '../../../lib/capture/expand-spans';

const c = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });

describe('expandSpans', () => {
  test('grouped two-row header: rowspan cells reach the leaf row, colspan groups sit above their leaves', () => {
    const grid = expandSpans([
      [c('客服', 1, 2), c('接待', 2), c('转化', 2), c('操作', 1, 2)],
      [c('咨询人数'), c('接待人数'), c('询单人数'), c('询单转化率')],
    ]);
    expect(grid).toEqual([
      ['客服', '接待', '接待', '转化', '转化', '操作'],
      ['客服', '咨询人数', '接待人数', '询单人数', '询单转化率', '操作'],
    ]);
    expect(leafHeaders(grid)).toEqual(['客服', '咨询人数', '接待人数', '询单人数', '询单转化率', '操作']);
  });

  test('a summary label spanning 序号 and 客服 is found in both columns', () => {
    expect(expandSpans([[c('合计', 2), c('1,234'), c('98%')]])).toEqual([['合计', '合计', '1,234', '98%']]);
  });

  test('body rowspans shift later cells right and short rows are padded', () => {
    expect(expandSpans([[c('A', 1, 2), c('1'), c('2')], [c('3')]])).toEqual([
      ['A', '1', '2'],
      ['A', '3', ''],
    ]);
  });

  test('rowspan=0 spans to the end; absurd spans are clamped', () => {
    const grid = expandSpans([[c('x', 1, 0), c('1')], [c('2')], [c('3')]]);
    expect(grid.map((r) => r[0])).toEqual(['x', 'x', 'x']);
    expect(expandSpans([[c('a', 1, 99)]])).toEqual([['a']]);
  });

  test('leaf headers fall back upwards past blank leaf cells', () => {
    expect(leafHeaders([['客服', '接待'], ['', '']])).toEqual(['客服', '接待']);
  });
});
