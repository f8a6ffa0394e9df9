import { CORNERS, cornerPoint, EDGE_MARGIN, type Corner, type Point, type Size } from './frame-geometry';

/**
 * The corner the badge takes before the user drags it: the first of bottom-right, bottom-left,
 * top-right, top-left where it covers none of the console's own controls. Each candidate box is probed
 * on a grid (at most PROBE_STEP px apart, 2 px inside its edges); when every corner covers something,
 * the one covering the fewest probes wins, ties in the order above.
 */
export function chooseCorner(size: Size, viewport: Size, coveredAt: (x: number, y: number) => boolean, margin: number = EDGE_MARGIN): Corner {
  let best: { corner: Corner; hits: number } | null = null;
  for (const corner of CORNERS) {
    const hits = probePoints(cornerPoint(corner, size, viewport, margin), size).filter((p) => coveredAt(p.x, p.y)).length;
    if (hits === 0) return corner;
    if (!best || hits < best.hits) best = { corner, hits };
  }
  return best?.corner ?? 'bottom-right';
}

/**
 * The corner once the page has settled (rendered its data, navigated, resized): the current one while it
 * still covers none of the console's controls, so the badge does not wander; else the choice above.
 */
export function settledCorner(current: Corner, size: Size, viewport: Size, coveredAt: (x: number, y: number) => boolean, margin: number = EDGE_MARGIN): Corner {
  const free = !probePoints(cornerPoint(current, size, viewport, margin), size).some((p) => coveredAt(p.x, p.y));
  return free ? current : chooseCorner(size, viewport, coveredAt, margin);
}

/** Largest distance between two probes: smaller than a pagination button or a small icon link. */
export const PROBE_STEP = 20;

/** Evenly spaced positions from `from` to `to`, at most PROBE_STEP apart, both ends included. */
function spread(from: number, to: number): number[] {
  const n = Math.max(1, Math.ceil((to - from) / PROBE_STEP));
  return Array.from({ length: n + 1 }, (_, i) => Math.round(from + ((to - from) * i) / n));
}

/** A grid over a box, 2 px inside its edges (an edge pixel may belong to the neighbour). */
export function probePoints(at: Point, size: Size): Point[] {
  const xs = spread(at.x + 2, at.x + size.width - 2);
  const ys = spread(at.y + 2, at.y + size.height - 2);
  return ys.flatMap((y) => xs.map((x) => ({ x, y })));
}

/** Elements a user clicks or types into; an element inside one of them counts as that control. */
const CONTROL_SELECTOR = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'label',
  '[role="button"]',
  '[role="link"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="combobox"]',
  '[role="textbox"]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** A fixed box smaller than this share of the viewport is a toolbar, a chat widget, a footer. */
const FLOATING_MAX_SHARE = 0.5;

/** Frames show another document whose controls this page cannot see (千牛 apps live in one): assume some. */
const FRAME_SELECTOR = 'iframe, frame, embed, object';

/**
 * What the page shows at a viewport point, through document.elementsFromPoint: true when it is a
 * control, a frame (its content is unknown from here), or a fixed toolbar (an app shell that fixes its
 * whole layout to the viewport is not one).
 * Sticky boxes are content (antd's fixed table columns and headers are sticky cells) and count only
 * through the controls in them. `ignore` skips the extension's own elements.
 *
 * A placement asks this at some 50 points in one go, over the same few elements (a big table's cells,
 * rows and wrappers): what an element is gets worked out once per pass (until the next microtask),
 * and "inside a control" from the parent's answer, instead of a closest() up the whole tree per element.
 */
export function controlCoverage(doc: Document, ignore: (el: Element) => boolean = () => false): (x: number, y: number) => boolean {
  const view = doc.defaultView;
  const viewportArea = Math.max(1, (view?.innerWidth ?? 0) * (view?.innerHeight ?? 0));
  const floating = (el: Element): boolean => {
    if (el === doc.documentElement || el === doc.body || !view) return false;
    if (view.getComputedStyle(el).position !== 'fixed') return false;
    const r = el.getBoundingClientRect();
    return r.width * r.height < viewportArea * FLOATING_MAX_SHARE;
  };
  let inControl: Map<Element, boolean> | null = null;
  let blocking: Map<Element, boolean> | null = null;
  const pass = () => {
    if (!inControl) {
      inControl = new Map();
      blocking = new Map();
      queueMicrotask(() => (inControl = blocking = null));
    }
  };
  /** el.closest(CONTROL_SELECTOR) !== null, from the parent's answer. */
  const isInControl = (el: Element): boolean => {
    let known = inControl!.get(el);
    if (known === undefined) {
      const parent = el.parentElement;
      known = el.matches(CONTROL_SELECTOR) || (parent !== null && isInControl(parent));
      inControl!.set(el, known);
    }
    return known;
  };
  const blocks = (el: Element): boolean => {
    let known = blocking!.get(el);
    if (known === undefined) {
      known = !ignore(el) && (isInControl(el) || el.matches(FRAME_SELECTOR) || floating(el));
      blocking!.set(el, known);
    }
    return known;
  };
  return (x, y) => {
    pass();
    return doc.elementsFromPoint(x, y).some(blocks);
  };
}
