import * as XLSX from '@e965/xlsx';

/** A cell as SheetJS writes it: text, a number, or a number with its Excel format. */
export type Cell = string | number | null | { t: 'n'; v: number; z: string };

export interface SheetSpec {
  rows: Cell[][];
  /** Merged areas as `A1:A2`. */
  merges?: string[];
}

/** A workbook built in memory, as a console export would be: sheets by name, in order. */
export function workbookBytes(sheets: Record<string, SheetSpec | Cell[][]>, bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, spec] of Object.entries(sheets)) {
    const { rows, merges = [] } = Array.isArray(spec) ? { rows: spec } : spec;
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    if (merges.length > 0) sheet['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/** Percent-formatted number cell, as Excel stores 45.67%. */
export const pct = (ratio: number, z = '0.00%'): Cell => ({ t: 'n', v: ratio, z });

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
