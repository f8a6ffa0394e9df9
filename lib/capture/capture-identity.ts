import type { RawCapture, RawRow } from '../model/capture-types';

/** Which table and period a capture is of: the key under which the last sent rows are remembered. */
export function captureSlot(capture: RawCapture): string {
  return `${capture.source.tableKey}\u0003${capture.period.start}\u0003${capture.period.end}`;
}

/**
 * What makes two captures of one slot the same, so the second is not sent again: the rows' raw texts in
 * label order (a re-sort reorders rows but changes nothing). Raw texts, since the page no longer parses:
 * a cell whose text changed is sent again even if its value would not have. Kept whole, not hashed: a
 * collision would silently drop a real change.
 */
export function captureContent(rows: readonly RawRow[]): string {
  return rows
    .map((r) => r.join('\u0001'))
    .sort()
    .join('\n');
}

/**
 * Whether two reads of a table hold the same rows (captureContent equal), without building the content
 * strings when the rows come in the same order, as an unchanged table reads: a rescan of a 1,000-row
 * table compares cell by cell and stops at the first difference. Only a reordered table pays for sorting.
 */
export function sameRows(a: readonly RawRow[], b: readonly RawRow[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  let inOrder = true;
  for (let r = 0; r < a.length && inOrder; r++) {
    const x = a[r]!;
    const y = b[r]!;
    if (x.length !== y.length) inOrder = false;
    else for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) { inOrder = false; break; }
  }
  return inOrder || captureContent(a) === captureContent(b);
}
