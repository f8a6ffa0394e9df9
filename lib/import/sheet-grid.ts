import { format, isValid } from 'date-fns';
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { numberText, type Grid, type GridCell } from './grid';
import { MAX_MERGE_FILL_CELLS } from './limits';

/** The part of SheetJS's number-format library (XLSX.SSF) the grid needs; passed in, so SheetJS loads lazily. */
export interface NumberFormats {
  is_date(format: string): boolean;
  parse_date_code(serial: number): { y: number; m: number; d: number } | null;
  format(format: string, value: number): string;
}

/**
 * How a numeric cell of a given number format is read:
 * - `raw`: the number itself (General, `0.00`, `#,##0`: the display adds nothing, and may round);
 * - `percent`: a percent format (`0.00%`) only shows the value ×100 with a % sign: the text is built
 *   from the exact value (0.456789 → `45.6789%`), without the display's rounding and much faster than
 *   formatting;
 * - `text`: the displayed text, which carries a unit (`0"秒"`, `¥#,##0.00`, `[h]:mm:ss`);
 * - `date`: the day as YYYY-MM-DD (date formats), for date columns.
 */
type FormatUse = 'raw' | 'percent' | 'text' | 'date';

/** Section separators, colours/conditions, padding (`_x`) and fill (`*x`) add no unit to what is shown. */
const NEUTRAL_G = /\[(?:[a-z]+\d*|[<>=]+-?[\d.]+)\]|_.|\*./gi;
const RAW_ONLY = /^[0#?.,\s;()+-]*$/;
/** One section (or sections) of digits with a % sign: `0%`, `0.00%`, `0.0%;-0.0%`. */
const PERCENT_ONLY = /^[0#?.,\s()+-]*%(?:;[0#?.,\s()+-]*%)*$/;
const QUOTED_G = /"[^"]*"|\\./g;

function formatUse(format: string, ssf: NumberFormats): FormatUse {
  if (format === 'General' || format === '') return 'raw';
  if (ssf.is_date(format)) {
    // A time-only format ([h]:mm:ss, mm:ss) is a duration the value grammar reads from its text.
    return /[yd]/i.test(format.replace(QUOTED_G, '').replace(/\[[^\]]*\]/g, '')) ? 'date' : 'text';
  }
  const plain = format.replace(NEUTRAL_G, '');
  if (RAW_ONLY.test(plain)) return 'raw';
  return PERCENT_ONLY.test(plain) ? 'percent' : 'text';
}

/** The value ×100 with a % sign, shifted in decimal (0.4567 → `45.67%`, never 45.670000000000002). */
function percentText(v: number): string {
  return `${numberText(+`${numberText(v)}e2`)}%`;
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * A SheetJS dense worksheet (read with `dense: true, cellNF: true, cellText: false`) → grid.
 * Merged areas take their top-left cell's value in every cell, so a vertically merged 客服昵称 over a
 * two-row header, or a 日期 merged over five agents' rows, reads as if written in each row.
 * Formats are classified once per format string; a date cell's text is cached per serial.
 */
export function sheetGrid(sheet: WorkSheet, ssf: NumberFormats): Grid {
  const data = (sheet['!data'] as CellObject[][] | undefined) ?? [];
  const uses = new Map<string, FormatUse>();
  const dates = new Map<number, string>();
  const grid: Grid = new Array<GridCell[]>(data.length);
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    if (!cells) {
      grid[r] = [];
      continue;
    }
    const row = new Array<GridCell>(cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) {
        row[c] = '';
        continue;
      }
      const v = cell.v;
      switch (cell.t) {
        case 's':
          row[c] = typeof v === 'string' ? v : v === undefined ? '' : String(v);
          break;
        case 'n': {
          if (typeof v !== 'number') {
            row[c] = '';
            break;
          }
          const format = typeof cell.z === 'string' ? cell.z : 'General';
          let use = uses.get(format);
          if (use === undefined) uses.set(format, (use = formatUse(format, ssf)));
          if (use === 'raw') row[c] = v;
          else if (use === 'percent') row[c] = percentText(v);
          else if (use === 'text') row[c] = ssf.format(format, v);
          else {
            let iso = dates.get(v);
            if (iso === undefined) {
              const d = ssf.parse_date_code(v);
              iso = d ? `${d.y}-${pad(d.m)}-${pad(d.d)}` : String(v);
              dates.set(v, iso);
            }
            row[c] = iso;
          }
          break;
        }
        case 'b':
          row[c] = v ? 'TRUE' : 'FALSE';
          break;
        case 'd':
          row[c] = v instanceof Date ? (isValid(v) ? format(v, 'yyyy-MM-dd') : String(v)) : '';
          break;
        default:
          // 'e' (#DIV/0!, #N/A) and stubs: no value, read as missing.
          row[c] = '';
      }
    }
    grid[r] = row;
  }
  fillMerges(grid, sheet['!merges'] ?? []);
  return grid;
}

function fillMerges(grid: Grid, merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[]): void {
  for (const m of merges) {
    const area = (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
    if (area <= 1 || area > MAX_MERGE_FILL_CELLS) continue;
    const value = grid[m.s.r]?.[m.s.c];
    if (value === undefined || value === '') continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (grid[r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) {
        const cell = row[c];
        if (cell === undefined || cell === '') row[c] = value;
      }
    }
  }
}
