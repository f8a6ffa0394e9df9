import { chooseCorner, settledCorner } from './default-corner';
import { acceptFrameMessage, type FrameEventLike, type FrameMessage } from './frame-messages';
import { clampPoint, COLLAPSED_SIZE, frameRect, movedPoint, type Anchor, type Point, type Rect, type Size } from './frame-geometry';

/**
 * The content-script side of the overlay: keeps the iframe where the user put it, at the size its page
 * asks for, inside the viewport. Framework-free and small: it runs on every console page.
 */
export interface OverlayFrameOptions {
  frame: HTMLIFrameElement;
  /** The console's window: messages and resizes arrive there. */
  win: Window;
  extensionOrigin: string;
  /** The saved top-left corner, or null for the default corner. */
  saved: Point | null;
  /** The default corner is chosen where this says no console control is. */
  coveredAt: (x: number, y: number) => boolean;
  savePosition: (point: Point) => void;
  hide: () => void;
  signal: AbortSignal;
  /** Tests pass plain objects; the real check is acceptFrameMessage. */
  accept?: (event: FrameEventLike) => FrameMessage | null;
  /** Whether a pointer event on the drag shield came from the user (tests fake it). */
  trusted?: (event: PointerEvent) => boolean;
}

export interface OverlayFrame {
  rect(): Rect;
  /**
   * The page settled (its layout changed and then stayed still): a badge nobody dragged leaves a corner
   * where the console's controls now are. Nothing else moves it; no work is done per DOM mutation.
   */
  settled(): void;
  /** Applies a message the checks already accepted. */
  apply(message: FrameMessage): void;
}

/** Inline styles with !important: console style sheets restyle iframes (`iframe { width: 100% }`). */
const FRAME_STYLE: Record<string, string> = {
  position: 'fixed',
  border: '0',
  margin: '0',
  padding: '0',
  background: 'transparent',
  'z-index': '2147483646',
  display: 'block',
  opacity: '1',
  'max-width': 'none',
  'max-height': 'none',
  'min-width': '0',
  'min-height': '0',
  transform: 'none',
  // Same scheme as the page inside: a mismatch makes Chrome paint the frame's canvas opaque.
  'color-scheme': 'light dark',
};

function setImportant(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

function viewportOf(win: Window): Size {
  const root = win.document.documentElement;
  // clientWidth leaves the page's scroll bar out, so the badge never sits under it.
  return { width: root.clientWidth || win.innerWidth, height: root.clientHeight || win.innerHeight };
}

export function controlOverlayFrame(options: OverlayFrameOptions): OverlayFrame {
  const { frame, win, signal } = options;
  let size: Size = COLLAPSED_SIZE;
  // Hidden until the page has measured itself: an empty frame would block clicks for nothing.
  let measured = false;
  const viewport = viewportOf(win);
  let anchor: Anchor = options.saved
    ? { kind: 'point', ...clampPoint(options.saved, size, viewport) }
    : { kind: 'corner', corner: chooseCorner(size, viewport, options.coveredAt) };
  let current = frameRect(anchor, size, viewport);

  const place = () => {
    current = frameRect(anchor, size, viewportOf(win));
    const visibility = measured && size.width > 0 && size.height > 0 ? 'visible' : 'hidden';
    setImportant(frame, { ...FRAME_STYLE, visibility, left: `${current.x}px`, top: `${current.y}px`, width: `${current.width}px`, height: `${current.height}px` });
  };
  const moveBy = (dx: number, dy: number) => {
    anchor = { kind: 'point', ...movedPoint(current, { x: dx, y: dy }, viewportOf(win)) };
    place();
  };
  const save = () => options.savePosition({ x: current.x, y: current.y });

  /**
   * A drag: where the frame and the pointer (screen coordinates) were at the press. The pointer soon
   * outruns the frame, and the browser may deliver the next moves to the console instead of the frame:
   * a transparent shield over the viewport takes those, and both report totals since the press.
   */
  let drag: { from: Rect; screenX: number; screenY: number; shield: HTMLElement } | null = null;
  const trusted = options.trusted ?? ((e: PointerEvent) => e.isTrusted);
  const dragTo = (dx: number, dy: number) => {
    if (!drag) return;
    anchor = { kind: 'point', ...movedPoint(drag.from, { x: dx, y: dy }, viewportOf(win)) };
    place();
  };
  const endDrag = () => {
    if (!drag) return;
    drag.shield.remove();
    drag = null;
    save();
  };
  const startDrag = (screenX: number, screenY: number) => {
    drag?.shield.remove();
    const shield = win.document.createElement('div');
    shield.setAttribute('style', 'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;cursor:grabbing!important;background:transparent!important');
    // The drag is the badge's: the console's own handlers do not see it bubble.
    shield.addEventListener('pointermove', (e) => {
      e.stopPropagation();
      if (trusted(e) && drag) dragTo(e.screenX - drag.screenX, e.screenY - drag.screenY);
    });
    for (const type of ['pointerup', 'pointercancel']) {
      shield.addEventListener(type, (e) => {
        e.stopPropagation();
        if (trusted(e as PointerEvent)) endDrag();
      });
    }
    (frame.parentElement ?? win.document.documentElement).append(shield);
    // A point anchor from here on: the badge stays where the drag leaves it.
    anchor = { kind: 'point', x: current.x, y: current.y };
    drag = { from: { ...current }, screenX, screenY, shield };
  };
  signal.addEventListener('abort', () => drag?.shield.remove());

  const apply = (message: FrameMessage) => {
    switch (message.type) {
      case 'drag-start':
        startDrag(message.screenX, message.screenY);
        break;
      case 'drag-move':
        // Totals since the press: a message lost or merged on the way costs nothing.
        dragTo(message.dx, message.dy);
        break;
      case 'drag-end':
        endDrag();
        break;
      case 'nudge':
        moveBy(message.dx, message.dy);
        save();
        break;
      case 'size':
        size = { width: Math.ceil(message.width), height: Math.ceil(message.height) };
        if (!measured && anchor.kind === 'corner' && size.width > 0) {
          // The first real size: choose the corner again for it (the prompt is wider than a badge).
          anchor = { kind: 'corner', corner: chooseCorner(size, viewportOf(win), options.coveredAt) };
        }
        measured = size.width > 0;
        place();
        break;
      case 'hide':
        options.hide();
        break;
    }
  };

  const accept = options.accept ?? ((event: FrameEventLike) => acceptFrameMessage(event, frame.contentWindow, options.extensionOrigin));
  win.addEventListener(
    'message',
    (event) => {
      const message = accept(event);
      if (message) apply(message);
    },
    { signal },
  );
  const settled = () => {
    if (anchor.kind !== 'corner' || !measured || drag) return;
    const corner = settledCorner(anchor.corner, size, viewportOf(win), options.coveredAt);
    if (corner === anchor.corner) return;
    anchor = { kind: 'corner', corner };
    place();
  };
  // A corner anchor follows its corner; a point stays, pulled back in when the window shrinks.
  win.addEventListener('resize', place, { signal });
  place();
  return { rect: () => current, apply, settled };
}
