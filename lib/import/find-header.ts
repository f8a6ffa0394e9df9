import { recognizeHeader } from '../metrics';
import { cellText, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './limits';

export interface FoundHeader {
  /** 0-based grid row of the leaf header; the body starts below it. */
  row: number;
  /** Leaf header text per column (an empty leaf takes the text above it). */
  headers: string[];
}

/** Leaf texts of a row: an empty leaf under a group cell takes the upper text (a vertical merge in a CSV). */
function leafTexts(grid: Grid, r: number): string[] {
  const row = grid[r] ?? [];
  const above = r > 0 ? (grid[r - 1] ?? []) : [];
  const width = Math.max(row.length, above.length);
  const headers = new Array<string>(width);
  for (let c = 0; c < width; c++) {
    const own = cellText(row[c]).trim();
    headers[c] = own !== '' ? own : cellText(above[c]).trim();
  }
  return headers;
}

/** The leaf texts of row r, and how many different metrics they name beside an agent column (-1: none). */
function headerScore(grid: Grid, r: number): { headers: string[]; metrics: number } {
  const headers = leafTexts(grid, r);
  let agent = false;
  const metrics = new Set<string>();
  for (const text of headers) {
    const match = recognizeHeader(text);
    if (match.type === 'agent') agent = true;
    else if (match.type === 'metric') metrics.add(match.metricId);
  }
  return { headers, metrics: agent ? metrics.size : -1 };
}

/**
 * The header row of the agent table: the first row (within the first HEADER_SEARCH_ROWS) whose leaf
 * texts hold an agent column and at least two different metrics, as lib/metrics recognises them. Title
 * and note rows above it are skipped. In a header over several rows (title, group, leaf; data from row 4)
 * the group row may qualify already, through columns merged down over it (客服, 咨询量, 接待量): the rows
 * below are taken while they still read as a header naming more metrics, so the leaf row wins.
 */
export function findHeader(grid: Grid): FoundHeader | null {
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid[r];
    if (!row || row.length < 3) continue;
    let best = headerScore(grid, r);
    if (best.metrics < 2) continue;
    let at = r;
    while (at + 1 < grid.length) {
      const next = headerScore(grid, at + 1);
      if (next.metrics <= best.metrics) break;
      best = next;
      at++;
    }
    return { row: at, headers: best.headers };
  }
  return null;
}
