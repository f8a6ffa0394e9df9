import type { TableGrid } from '../model/capture-types';
import type { TableGroup } from './find-table-groups';
import { leafHeaders } from './expand-spans';
import { headerText } from './header-text';
import { headRows, tableSections } from './table-sections';
import { cellsOf, readRowTexts } from './read-rows';

const SKIPPED_ROW = /(?:^|[\s_-])(?:measure|placeholder|expanded-row|hidden)(?:[\s_-]|$)/;
const HIDDEN_STYLE = /display\s*:\s*none/;
const FOOTER_CONTAINER = /summary|footer|foot/;

function isSkippedRow(row: Element): boolean {
  if (row.hasAttribute('hidden') || row.getAttribute('aria-hidden') === 'true') return true;
  const style = row.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const cls = row.getAttribute('class');
  return cls !== null && SKIPPED_ROW.test(cls);
}

function allHeaderCells(row: Element): boolean {
  const cells = Array.from(cellsOf(row));
  return cells.length > 0 && cells.every((cell) => cell.tagName === 'TH');
}

function inFooterContainer(table: Element, root: Element): boolean {
  for (let el = table.parentElement; el && el !== root; el = el.parentElement) {
    if (FOOTER_CONTAINER.test(el.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The header rows of a group: the first thead, or the leading all-<th> rows of the first table. */
export function readHeaderRows(group: TableGroup): Element[] {
  for (const table of group.tables) {
    const head = headRows(table).filter((r) => !isSkippedRow(r));
    if (head.length > 0) return head;
  }
  const first = group.tables[0];
  if (!first) return [];
  const rows: Element[] = [];
  for (const body of tableSections(first).bodies) {
    for (const row of body.rows) {
      if (!allHeaderCells(row)) return rows;
      rows.push(row);
    }
  }
  return rows;
}

export function readGroupHeaders(group: TableGroup): string[] {
  return leafHeaders(readRowTexts(readHeaderRows(group), headerText));
}

/** Reads the whole group into a grid: leaf headers, body rows and footer rows, column-aligned. */
export function readTableGroup(group: TableGroup, headers = readGroupHeaders(group)): TableGrid {
  const headerRows = new Set(readHeaderRows(group));
  const bodyRows: string[][] = [];
  const footerRows: string[][] = [];
  for (const table of group.tables) {
    const sections = tableSections(table);
    const target = inFooterContainer(table, group.root) ? footerRows : bodyRows;
    // Appended row by row: a spread of thousands of rows as arguments could overflow the call stack.
    for (const body of sections.bodies) for (const row of readRows(body.rows, headerRows)) target.push(row);
    for (const row of readRows(sections.foot, headerRows)) footerRows.push(row);
  }
  const rows = dropPlaceholders(bodyRows, headers.length);
  const footer = dropPlaceholders(footerRows, headers.length);
  return alignColumns({ headers, rows, footerRows: footer });
}

/** A section's visible rows as texts on the grid. */
function readRows(rows: readonly Element[], skip: ReadonlySet<Element>): string[][] {
  return readRowTexts(rows.filter((row) => !skip.has(row) && !isSkippedRow(row)));
}

const isBlank = (text: string) => text === '' || text.trim() === '';

/** "暂无数据" rows: one cell spanning the table, or rows with no text at all. */
function dropPlaceholders(rows: string[][], width: number): string[][] {
  return rows.filter((row) => {
    if (row.every(isBlank)) return false;
    if (width > 2 && row.length >= 2 && row.every((t) => t === row[0])) return false;
    return true;
  });
}

/**
 * Header and body tables can disagree on width: antd adds an empty scrollbar header cell, selection and
 * expand columns have no header text. Trailing empty headers beyond the body are dropped; a narrower
 * header is padded with unnamed columns (ignored later).
 */
function alignColumns(grid: TableGrid): TableGrid {
  let bodyWidth = 0;
  for (const row of grid.rows) bodyWidth = Math.max(bodyWidth, row.length);
  for (const row of grid.footerRows) bodyWidth = Math.max(bodyWidth, row.length);
  const headers = grid.headers.slice();
  while (headers.length > bodyWidth && bodyWidth > 0 && headers[headers.length - 1] === '') headers.pop();
  while (headers.length < bodyWidth) headers.push('');
  return { headers, rows: grid.rows, footerRows: grid.footerRows };
}
