import type { Capture } from '../model/capture-types';

/** Which table and period a capture is of: the key under which the last sent content is remembered. */
export function captureSlot(capture: Capture): string {
  return `${capture.source.tableKey}\u0003${capture.period.start}\u0003${capture.period.end}`;
}

/**
 * What makes two captures of one slot the same, so the second is not sent again: the rows' values in
 * label order (a re-sort reorders rows but changes nothing). Kept whole, not hashed: a collision would
 * silently drop a real change.
 */
export function captureContent(capture: Capture): string {
  return capture.rows
    .map((r) => `${r.kind}\u0001${r.label}\u0001${capture.metrics.map((m) => r.values[m] ?? '').join('\u0002')}`)
    .sort()
    .join('\n');
}
