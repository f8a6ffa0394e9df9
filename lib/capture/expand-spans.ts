/** A cell as the readers see it: its text and how many grid slots it covers. */
export interface SpanCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * Lays rows of spanning cells out on a grid (the HTML table algorithm, simplified): a cell covering
 * several slots repeats its text in each, so a grouped header's leaf and a `汇总` label spanning the
 * 序号 and 客服 columns both land where a reader looks for them.
 */
export function expandSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  const grid: string[][] = rows.map(() => []);
  for (let r = 0; r < rows.length; r++) {
    const out = grid[r]!;
    let col = 0;
    for (const cell of rows[r]!) {
      while (out[col] !== undefined) col++;
      const colSpan = clampSpan(cell.colSpan, 1000);
      const rowSpan = clampSpan(cell.rowSpan, rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) target[col + dc] = cell.text;
      }
      col += colSpan;
    }
  }
  // Holes (a row shorter than the widest) read as empty cells.
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  for (const row of grid) {
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = '';
  }
  return grid;
}

function clampSpan(span: number, max: number): number {
  // rowSpan=0 means "to the end of the section" in HTML.
  if (!Number.isFinite(span) || span < 1) return span === 0 ? Math.max(1, max) : 1;
  return Math.min(Math.floor(span), Math.max(1, max));
}

/** The leaf header per column: the bottom row of the expanded header grid, falling back upwards past blanks. */
export function leafHeaders(headerGrid: readonly (readonly string[])[]): string[] {
  const width = headerGrid.reduce((max, row) => Math.max(max, row.length), 0);
  const leaves: string[] = [];
  for (let c = 0; c < width; c++) {
    let text = '';
    for (let r = headerGrid.length - 1; r >= 0 && text === ''; r--) text = headerGrid[r]![c] ?? '';
    leaves.push(text);
  }
  return leaves;
}
