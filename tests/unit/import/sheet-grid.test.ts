import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../lib/import/read-workbook';
import { pct, workbookBytes, type Cell } from './make-workbook';

async function gridOf(rows: Cell[][], merges?: string[], bookType: 'xlsx' | 'biff8' = 'xlsx') {
  const book = await readWorkbook(workbookBytes({ 客服绩效: { rows, merges } }, bookType));
  return book.sheets[0]!.grid;
}

describe('sheetGrid (through readWorkbook)', () => {
  it('keeps plain numbers raw, even where the display rounds them', async () => {
    const grid = await gridOf([[0.456789, { t: 'n', v: 1234.5678, z: '#,##0.00' }, { t: 'n', v: 0.4567, z: '0.00' }, 132]]);
    expect(grid[0]).toEqual([0.456789, 1234.5678, 0.4567, 132]);
  });

  it('writes percent-formatted numbers as exact percent text (no display rounding)', async () => {
    const grid = await gridOf([[pct(0.4567), pct(0.456789), pct(1.2, '0%'), pct(0.07, '0.0%')]]);
    expect(grid[0]).toEqual(['45.67%', '45.6789%', '120%', '7%']);
  });

  it('uses the displayed text when the format adds a unit, and ISO days for date formats', async () => {
    const grid = await gridOf([
      [
        { t: 'n', v: 12.5, z: '0.0"秒"' },
        { t: 'n', v: 1234.5, z: '"¥"#,##0.00' },
        { t: 'n', v: 46346, z: 'yyyy-mm-dd' },
        { t: 'n', v: 46346, z: 'm/d/yy' },
        { t: 'n', v: (8 * 3600 + 32 * 60 + 10) / 86400, z: '[h]:mm:ss' },
      ],
    ]);
    expect(grid[0]).toEqual(['12.5秒', '¥1,234.50', '2026-11-20', '2026-11-20', '8:32:10']);
  });

  it('fills merged areas with their top-left value (grouped headers, dates over several rows)', async () => {
    const grid = await gridOf(
      [
        ['客服昵称', '接待', null, '转化'],
        [null, '咨询人数', '接待人数', '询单转化率'],
        ['2026-11-20', '小美', 12, pct(0.45)],
        [null, '阿杰', 10, pct(0.4)],
      ],
      ['A1:A2', 'B1:C1', 'A3:A4'],
    );
    expect(grid[0]).toEqual(['客服昵称', '接待', '接待', '转化']);
    expect(grid[1]).toEqual(['客服昵称', '咨询人数', '接待人数', '询单转化率']);
    expect(grid[3]![0]).toBe('2026-11-20');
  });

  it('reads a legacy .xls the same way', async () => {
    const grid = await gridOf([['客服昵称', '回复率'], ['小美', pct(0.9812)]], undefined, 'biff8');
    expect(grid).toEqual([['客服昵称', '回复率'], ['小美', '98.12%']]);
  });

  it('turns error cells into empty text (missing, never 0)', async () => {
    const grid = await gridOf([[{ t: 'e', v: 7 } as unknown as Cell, 'x']]);
    expect(grid[0]).toEqual(['', 'x']);
  });
});
