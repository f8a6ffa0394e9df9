import type { RawCapture } from '../model/capture-types';

/** Which table and period a capture is of: the key under which the last sent content is remembered. */
export function captureSlot(capture: RawCapture): string {
  return `${capture.source.tableKey}\u0003${capture.period.start}\u0003${capture.period.end}`;
}

/**
 * What makes two captures of one slot the same, so the second is not sent again: the rows' raw texts in
 * label order (a re-sort reorders rows but changes nothing). Raw texts, since the page no longer parses:
 * a cell whose text changed is sent again even if its value would not have. Kept whole, not hashed: a
 * collision would silently drop a real change.
 */
export function captureContent(capture: RawCapture): string {
  return capture.rows
    .map((r) => r.join('\u0001'))
    .sort()
    .join('\n');
}
