import type { ParsingOptions } from '@e965/xlsx';
import type { Grid } from './grid';
import { sheetGrid, type NumberFormats } from './sheet-grid';

export interface NamedGrid {
  name: string;
  grid: Grid;
}

export interface WorkbookGrids {
  sheets: NamedGrid[];
  /** Document properties (author, title, company, application): consoles sometimes sign their files. */
  properties: string[];
}

/** What SheetJS is asked for: cells and their number formats, nothing else (exported for the speed test). */
export const WORKBOOK_READ_OPTIONS: Readonly<ParsingOptions> = {
  dense: true,
  cellNF: true,
  cellText: false,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
};

/**
 * An .xlsx/.xls workbook (bytes) or an HTML table saved as .xls (decoded text) → one grid per sheet, in
 * workbook order. SheetJS (@e965/xlsx, the maintained CE build: see README) is imported on first use,
 * so only the page that imports files loads it. Throws when SheetJS cannot read the file (corrupt).
 *
 * Dense sheets and no formatted text (`cellText: false`): SheetJS then allocates one object per cell and
 * nothing more; the grid formats only the numbers whose format adds a unit (see sheet-grid.ts).
 */
export async function readWorkbook(input: Uint8Array | string): Promise<WorkbookGrids> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(input, { ...WORKBOOK_READ_OPTIONS, type: typeof input === 'string' ? 'string' : 'array' });
  const ssf = XLSX.SSF as NumberFormats;
  const sheets = book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    return { name, grid: sheet ? sheetGrid(sheet, ssf) : [] };
  });
  const p = book.Props;
  const properties = [p?.Author, p?.LastAuthor, p?.Title, p?.Subject, p?.Company, p?.Application].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return { sheets, properties };
}
