/**
 * A sheet as the import reads it: rows of cells from A1, absolute indexes (row 0 = spreadsheet row 1).
 * A cell is its text, or the raw number of a numeric workbook cell whose display adds no unit (so
 * 0.4567 stays 0.4567, not a rounded "0.46"). Empty cells are '' or absent (ragged rows).
 */
export type GridCell = string | number;
export type Grid = GridCell[][];

/** The cell as text: numbers in plain decimal notation (parseCell reads no exponents). */
export function cellText(cell: GridCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return numberText(cell);
}

/** A number as plain decimal digits: `1e-7` → `0.0000001`, so the value grammar can read it. */
export function numberText(n: number): string {
  const s = String(n);
  if (s.indexOf('e') === -1) return s;
  if (Math.abs(n) >= 1e21) return s; // beyond toFixed: left as is, reported as not a value
  return n.toFixed(20).replace(/\.?0+$/, '');
}

/** Spreadsheet column name of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** True when no cell of the grid holds anything but spaces. */
export function isBlankGrid(grid: Grid): boolean {
  for (const row of grid) {
    if (!row) continue;
    for (const cell of row) if (typeof cell === 'number' || (cell !== undefined && cell.trim() !== '')) return false;
  }
  return true;
}
