import type { RawTable } from '../model/capture-types';
import { findTableGroups } from './find-table-groups';
import { readGroupHeaders, readTableGroup } from './read-table-group';
import { findAriaGrids, readAriaGrid, readAriaGridHeaders } from './read-aria-grid';
import { comparisonLayout, readRawTable } from './comparison-table';
import { isTableLoading } from './table-loading';

/** What a scan saw beyond what it read: comparison tables, loading ones included. */
export interface ScanStats {
  comparisonTables: number;
}

export interface FoundTable {
  /** The element standing for the table, to find the period nearest to it. */
  root: Element;
  /** Its raw texts: the background parses them (parse-raw-table.ts). */
  table: RawTable;
}

/**
 * Every comparison table in one document (one frame). Headers are read first and the body only for
 * tables that qualify, so pages full of other tables stay cheap. A table still loading is skipped: the
 * spinner's removal is a mutation, so it is read once its new rows are in.
 */
export function scanDocument(doc: Document | Element, seen: ScanStats = { comparisonTables: 0 }): FoundTable[] {
  const found: FoundTable[] = [];
  for (const group of findTableGroups(doc)) {
    const headers = readGroupHeaders(group);
    const layout = comparisonLayout(headers);
    if (!layout) continue;
    seen.comparisonTables++;
    if (isTableLoading(group.root)) continue;
    const table = readRawTable(readTableGroup(group, headers), layout);
    if (table && table.rows.length > 0) found.push({ root: group.root, table });
  }
  for (const grid of findAriaGrids(doc)) {
    const headers = readAriaGridHeaders(grid);
    const layout = comparisonLayout(headers);
    if (!layout) continue;
    seen.comparisonTables++;
    if (isTableLoading(grid)) continue;
    const table = readRawTable(readAriaGrid(grid, headers), layout);
    if (table && table.rows.length > 0) found.push({ root: grid, table });
  }
  return found;
}
