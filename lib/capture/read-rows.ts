import { cellText } from './cell-text';

/**
 * Rows of cells → rows of texts on the table grid, in one pass: a cell spanning columns repeats its
 * text in each, a cell spanning rows carries into the rows below (so a 合计 label spanning 序号 and 客服,
 * or a grouped header's leaf, is where a reader looks for it). No per-cell objects: this is the hot path
 * of a 1,000-row table. Cells are walked as siblings (two fast accessors a cell; a live `cells`
 * collection's indexed access costs several times that) and told by `localName` (`tagName` upper-cases
 * a new string per call: 15% of the read from a content script's world), and a section without a
 * spanning cell, which one selector query tells, reads no span at all.
 */
export function readRowTexts(rows: readonly Element[], read: (cell: Element) => string = cellText): string[][] {
  const out: string[][] = new Array(rows.length);
  const carryLeft: number[] = []; // rows still covered by a rowspan, per column
  const carryText: string[] = [];
  if (!anySpan(rows)) {
    // The common case, without the span bookkeeping: one text per cell, in order (body cells read inline).
    const plain = read === cellText;
    for (let r = 0; r < rows.length; r++) {
      const texts: string[] = [];
      for (let cell = rows[r]!.firstElementChild; cell; cell = cell.nextElementSibling) {
        const tag = cell.localName;
        if (tag === 'td' || tag === 'th') texts.push(plain ? (cell.textContent ?? '') : read(cell));
      }
      out[r] = texts;
    }
    return out;
  }
  for (let r = 0; r < rows.length; r++) {
    const texts: string[] = [];
    let col = 0;
    for (let cell = rows[r]!.firstElementChild; cell; cell = cell.nextElementSibling) {
      const tag = cell.localName;
      if (tag !== 'td' && tag !== 'th') continue;
      while (carryLeft[col]! > 0) {
        carryLeft[col]!--;
        texts[col] = carryText[col]!;
        col++;
      }
      const text = read(cell);
      const colSpan = spanOf(cell, 'colSpan');
      const rowSpan = spanOf(cell, 'rowSpan');
      for (let c = 0; c < colSpan; c++, col++) {
        texts[col] = text;
        if (rowSpan > 1) {
          carryLeft[col] = Math.min(rowSpan, rows.length - r) - 1;
          carryText[col] = text;
        }
      }
    }
    for (; col < carryLeft.length; col++) {
      if (carryLeft[col]! > 0) {
        carryLeft[col]!--;
        texts[col] = carryText[col]!;
      }
    }
    for (let c = 0; c < texts.length; c++) if (texts[c] === undefined) texts[c] = '';
    out[r] = texts;
  }
  return out;
}

const SPANNED = '[colspan]:not([colspan="1"]),[rowspan]:not([rowspan="1"])';

/** Whether any cell of the rows may span: one query over their common section (else row by row). */
function anySpan(rows: readonly Element[]): boolean {
  const section = rows[0]?.parentElement;
  if (section && rows.every((row) => row.parentElement === section)) return section.querySelector(SPANNED) !== null;
  return rows.some((row) => row.querySelector(SPANNED) !== null);
}

/** The td/th cells of a row: the native `cells` collection where there is one (fast), else filtered children. */
export function cellsOf(row: Element): ArrayLike<Element> {
  const cells = (row as HTMLTableRowElement).cells;
  if (cells) return cells;
  return [...row.children].filter((el) => el.tagName === 'TD' || el.tagName === 'TH');
}

const MAX_COL_SPAN = 1000;

/** colSpan/rowSpan: the native property where the DOM has one (a fast getter), else the attribute. */
function spanOf(cell: Element, property: 'colSpan' | 'rowSpan'): number {
  const native = (cell as HTMLTableCellElement)[property];
  let span = typeof native === 'number' ? native : parseInt(cell.getAttribute(property.toLowerCase()) ?? '1', 10);
  // rowSpan 0 means "to the end of the section"; nonsense reads as 1.
  if (!Number.isFinite(span) || span < 0) span = 1;
  if (span === 0) span = property === 'rowSpan' ? MAX_COL_SPAN : 1;
  return Math.min(span, MAX_COL_SPAN);
}
