import type { Grid } from './grid';

/** A bare decimal as text: what a number cell of a CSV, or a workbook number, looks like. */
const BARE_NUMBER = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/**
 * True when a percent column writes its rates as decimals (0.4567 = 45.67%): it holds at least one bare
 * number (no % sign) and every bare number is within [0, 1]. Decided per column, never per cell, so a
 * column of 0.98, 1, 0.95 is read as 98%, 100%, 95% — and a column of 45.67, 0.5, 98 as points (0.5%).
 * Cells with a % sign and missing markers do not vote.
 */
export function isDecimalRateColumn(grid: Grid, column: number, fromRow: number): boolean {
  let bare = 0;
  for (let r = fromRow; r < grid.length; r++) {
    const cell = grid[r]?.[column];
    if (cell === undefined) continue;
    let n: number;
    if (typeof cell === 'number') n = cell;
    else if (cell.length > 0 && BARE_NUMBER.test(cell)) n = +cell;
    else continue;
    if (n < 0 || n > 1) return false;
    bare++;
  }
  return bare > 0;
}
