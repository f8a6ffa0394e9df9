import type { TableGrid } from './types';
import type { TableGroup } from './find-table-groups';
import { expandSpans, leafHeaders, type SpanCell } from './expand-spans';
import { cellText } from './cell-text';
import { headerText } from './header-text';
import { cellsOf, hasSpans, spanOf, tableSections } from './table-sections';

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

function spanRow(row: Element, read: (el: Element) => string): SpanCell[] {
  return Array.from(cellsOf(row), (cell) => ({ text: read(cell), colSpan: spanOf(cell, 'colspan'), rowSpan: spanOf(cell, 'rowspan') }));
}

/** The texts of a row without spans: the hot path of a 1,000-row table, so a plain loop. */
function textRow(row: Element): string[] {
  const cells = cellsOf(row);
  const out: string[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = cellText(cells[i]!);
  return out;
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
    const head = tableSections(table).head.filter((r) => !isSkippedRow(r));
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
  return leafHeaders(expandSpans(readHeaderRows(group).map((r) => spanRow(r, headerText))));
}

/** Reads the whole group into a grid: leaf headers, body rows and footer rows, column-aligned. */
export function readTableGroup(group: TableGroup, headers = readGroupHeaders(group)): TableGrid {
  const headerRows = new Set(readHeaderRows(group));
  const bodyRows: string[][] = [];
  const footerRows: string[][] = [];
  for (const table of group.tables) {
    const sections = tableSections(table);
    const target = inFooterContainer(table, group.root) ? footerRows : bodyRows;
    for (const body of sections.bodies) target.push(...readRows(body.rows, body.section, headerRows));
    footerRows.push(...readRows(sections.foot, table, headerRows));
  }
  const rows = dropPlaceholders(bodyRows, headers.length);
  const footer = dropPlaceholders(footerRows, headers.length);
  return alignColumns({ headers, rows, footerRows: footer });
}

/** A section's visible rows as texts; spanning cells are laid out on the grid only where there are any. */
function readRows(rows: readonly Element[], section: Element, skip: ReadonlySet<Element>): string[][] {
  const kept = rows.filter((row) => !skip.has(row) && !isSkippedRow(row));
  if (kept.length === 0) return [];
  if (!hasSpans(section)) return kept.map(textRow);
  return expandSpans(kept.map((row) => spanRow(row, cellText)));
}

/** "暂无数据" rows: one cell spanning the table, or rows with no text at all. */
function dropPlaceholders(rows: string[][], width: number): string[][] {
  return rows.filter((row) => {
    if (row.every((t) => t === '')) return false;
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
