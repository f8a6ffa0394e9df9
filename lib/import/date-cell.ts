import { addDays, format } from 'date-fns';
import { periodProblem } from '../model';
import { parseDate, parsePeriodText } from '../period';
import type { GridCell } from './grid';

export interface RowPeriod {
  start: string;
  end: string;
}

export type DateCell = RowPeriod | 'invalid' | 'future';

/** Day 0 of Excel's serials (its 1900 leap-year bug folded in), as a local date. */
const EXCEL_EPOCH = new Date(1899, 11, 30);

/** An Excel day serial (a date cell without a date format) → YYYY-MM-DD, within 2000–2099. */
function serialDate(n: number): string | null {
  if (!Number.isInteger(n) || n < 36526 || n > 73050) return null;
  return format(addDays(EXCEL_EPOCH, n), 'yyyy-MM-dd');
}

/**
 * Reads the cells of a date column: `2026-11-20`, `2026/11/20`, `20261120`, `2026年11月20日`, a workbook
 * date, an Excel serial, `11-20` (the year from today), or a range `2026-11-01~2026-11-07` (weekly rows).
 * Rows after today are refused ('future'): a misread date must not create data nobody can have yet.
 * Results are cached per cell, so 365 days × 50 agents parse 365 dates and share 365 period objects.
 */
export function dateCellReader(today: string): (cell: GridCell | undefined) => DateCell {
  const [y, m, d] = today.split('-').map(Number);
  const todayDate = new Date(y!, m! - 1, d!);
  const cache = new Map<GridCell, DateCell>();
  return (cell) => {
    if (cell === undefined) return 'invalid';
    const cached = cache.get(cell);
    if (cached !== undefined) return cached;
    let result: DateCell = 'invalid';
    if (typeof cell === 'number') {
      const day = Number.isInteger(cell) && cell >= 20000101 && cell <= 20991231 ? parseDate(String(cell)) : serialDate(cell);
      if (day) result = { start: day, end: day };
    } else {
      const text = cell.trim();
      const day = text === '' ? null : parseDate(text, todayDate);
      if (day) result = { start: day, end: day };
      else if (text !== '') {
        const range = parsePeriodText(text, todayDate);
        if (range && !periodProblem(range.start, range.end)) result = range;
      }
    }
    if (result !== 'invalid' && result.end > today) result = 'future';
    cache.set(cell, result);
    return result;
  };
}
