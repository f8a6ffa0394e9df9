import type { TableGrid } from '../model/capture-types';
import { expandSpans, leafHeaders, type SpanCell } from './expand-spans';
import { cellText } from './cell-text';
import { headerText } from './header-text';

export const ARIA_GRID_SELECTOR = '[role=grid],[role=table],[role=treegrid]';
const ROW_SELECTOR = '[role=row]';
const CELL_SELECTOR = '[role=columnheader],[role=gridcell],[role=cell],[role=rowheader]';

const GRID_ROLE = /^(?:grid|table|treegrid)$/;

/**
 * ARIA grids built from divs (role grid/row/columnheader/cell). Native tables with a role are read as
 * tables. One `[role]` query filtered here costs a third of querySelectorAll(ARIA_GRID_SELECTOR): Blink
 * matches a single attribute selector on a fast path, a list of three per element. The probe runs this
 * when it probes, in every console frame.
 */
export function findAriaGrids(doc: Document | Element): Element[] {
  return [...doc.querySelectorAll('[role]')].filter(
    (el) => GRID_ROLE.test(el.getAttribute('role')!) && el.tagName !== 'TABLE' && !el.closest('table') && !el.parentElement?.closest(ARIA_GRID_SELECTOR),
  );
}

function ownRows(grid: Element): Element[] {
  return [...grid.querySelectorAll(ROW_SELECTOR)].filter((row) => row.parentElement?.closest(ARIA_GRID_SELECTOR) === grid);
}

function ownCells(row: Element): Element[] {
  return [...row.querySelectorAll(CELL_SELECTOR)].filter((cell) => cell.parentElement?.closest(ROW_SELECTOR) === row);
}

function span(cell: Element, attr: string): number {
  const value = Number(cell.getAttribute(attr));
  return Number.isFinite(value) && value >= 1 ? value : 1;
}

function spanRow(cells: Element[], read: (el: Element) => string): SpanCell[] {
  return cells.map((cell) => ({ text: read(cell), colSpan: span(cell, 'aria-colspan'), rowSpan: span(cell, 'aria-rowspan') }));
}

function isHidden(row: Element): boolean {
  return row.getAttribute('aria-hidden') === 'true' || (row as HTMLElement).hidden === true;
}

export function readAriaGridHeaders(grid: Element): string[] {
  const header: SpanCell[][] = [];
  for (const row of ownRows(grid)) {
    if (isHidden(row)) continue;
    const cells = ownCells(row);
    if (cells.length === 0 || !cells.every((c) => c.getAttribute('role') === 'columnheader')) break;
    header.push(spanRow(cells, headerText));
  }
  return leafHeaders(expandSpans(header));
}

export function readAriaGrid(grid: Element, headers = readAriaGridHeaders(grid)): TableGrid {
  const body: SpanCell[][] = [];
  let inHeader = true;
  for (const row of ownRows(grid)) {
    if (isHidden(row)) continue;
    const cells = ownCells(row);
    if (cells.length === 0) continue;
    if (inHeader && cells.every((c) => c.getAttribute('role') === 'columnheader')) continue;
    inHeader = false;
    body.push(spanRow(cells, cellText));
  }
  const rows = expandSpans(body).filter((r) => r.some((t) => t.trim() !== ''));
  return { headers, rows, footerRows: [] };
}
