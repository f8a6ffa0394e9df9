/**
 * Where the overlay iframe sits in the console's viewport. The badge is anchored either to a corner
 * (nothing dragged yet: it keeps hugging that corner whatever its size) or to a point (the top-left
 * corner after a drag). Every rect is kept inside the viewport, so a position saved on a wide screen
 * still shows on a small one.
 */

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

export type Anchor = { kind: 'corner'; corner: Corner } | { kind: 'point'; x: number; y: number };

/** Space kept between the badge and the viewport edge, in CSS pixels. */
export const EDGE_MARGIN = 16;
/** Size of the collapsed badge before the page has measured itself. */
export const COLLAPSED_SIZE: Size = { width: 232, height: 52 };

/** The top-left corner of a box of `size` in `corner` of the viewport, `margin` from both edges. */
export function cornerPoint(corner: Corner, size: Size, viewport: Size, margin: number = EDGE_MARGIN): Point {
  const right = corner.endsWith('right');
  const bottom = corner.startsWith('bottom');
  return clampPoint(
    {
      x: right ? viewport.width - margin - size.width : margin,
      y: bottom ? viewport.height - margin - size.height : margin,
    },
    size,
    viewport,
  );
}

/**
 * Keeps a box of `size` at `point` inside the viewport (no margin: a user may drag it to the very
 * edge). A box larger than the viewport keeps its top-left corner visible.
 */
export function clampPoint(point: Point, size: Size, viewport: Size): Point {
  const maxX = Math.max(0, viewport.width - size.width);
  const maxY = Math.max(0, viewport.height - size.height);
  const x = Number.isFinite(point.x) ? point.x : maxX;
  const y = Number.isFinite(point.y) ? point.y : maxY;
  return { x: Math.round(Math.min(Math.max(0, x), maxX)), y: Math.round(Math.min(Math.max(0, y), maxY)) };
}

/** The iframe's rect for an anchor and the size the page reported. */
export function frameRect(anchor: Anchor, size: Size, viewport: Size): Rect {
  const point = anchor.kind === 'corner' ? cornerPoint(anchor.corner, size, viewport) : clampPoint(anchor, size, viewport);
  return { ...point, ...size };
}

/** A drag step: the rect moved by the pointer's delta, then kept in the viewport. */
export function movedPoint(rect: Rect, delta: Point, viewport: Size): Point {
  return clampPoint({ x: rect.x + delta.x, y: rect.y + delta.y }, rect, viewport);
}
