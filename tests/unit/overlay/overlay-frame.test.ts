// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { frameMessage } from '../../../lib/overlay/frame-messages';
import { controlOverlayFrame, type OverlayFrameOptions } from '../../../lib/overlay/overlay-frame';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
let controller: AbortController;
afterEach(() => controller?.abort());

function setup(over: Partial<OverlayFrameOptions> = {}) {
  document.body.innerHTML = '';
  const frame = document.createElement('iframe');
  document.body.append(frame);
  controller = new AbortController();
  const saved: { x: number; y: number }[] = [];
  let hidden = 0;
  const overlay = controlOverlayFrame({
    frame,
    win: window,
    extensionOrigin: EXT,
    saved: null,
    coveredAt: () => false,
    savePosition: (p) => saved.push(p),
    hide: () => hidden++,
    signal: controller.signal,
    ...over,
  });
  const style = (name: string) => frame.style.getPropertyValue(name);
  return { frame, overlay, saved, hidden: () => hidden, style };
}

const viewport = () => ({ width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight });

describe('controlOverlayFrame', () => {
  test('starts in the default corner, hidden until the page reports its size, styles that page CSS cannot override', () => {
    const { overlay, style } = setup();
    const { width, height } = viewport();
    expect(overlay.rect()).toEqual({ x: width - 16 - 232, y: height - 16 - 52, width: 232, height: 52 });
    expect(style('visibility')).toBe('hidden');
    expect(style('position')).toBe('fixed');
    expect(style('z-index')).toBe('2147483646');
    overlay.apply(frameMessage({ type: 'size', width: 204.4, height: 46 }));
    expect(style('visibility')).toBe('visible');
    expect(overlay.rect()).toMatchObject({ x: width - 16 - 205, width: 205, height: 46 });
    expect(style('width')).toBe('205px');
    expect(style('left')).toBe(`${width - 16 - 205}px`);
  });

  test('the default corner avoids covered corners', () => {
    const { width } = viewport();
    const { overlay } = setup({ coveredAt: (x, y) => y > 100 && x > width / 2 }); // controls at the bottom right
    expect(overlay.rect()).toMatchObject({ x: 16 });
  });

  test('the first real size chooses the corner again: a wider prompt must not cover what a badge would not', () => {
    const { width, height } = viewport();
    // Controls along the bottom, left of where a 232 px badge ends: a 400 px prompt would cover them.
    const { overlay } = setup({ coveredAt: (x, y) => y > height - 100 && x < width - 16 - 240 });
    expect(overlay.rect()).toMatchObject({ x: width - 16 - 232, y: height - 16 - 52 });
    overlay.apply(frameMessage({ type: 'size', width: 400, height: 46 }));
    expect(overlay.rect()).toMatchObject({ x: width - 16 - 400, y: 16 });
    // Later sizes (expanding) keep that corner.
    overlay.apply(frameMessage({ type: 'size', width: 352, height: 420 }));
    expect(overlay.rect()).toMatchObject({ x: width - 16 - 352, y: 16 });
  });

  test('when the page settles, an undragged badge leaves a corner the console now uses; a dragged one stays', () => {
    const { width, height } = viewport();
    let bar = false; // the console renders a bar along the bottom right once its data is in
    const { overlay } = setup({ coveredAt: (x, y) => bar && y > height - 100 && x > width / 2 });
    overlay.apply(frameMessage({ type: 'size', width: 232, height: 52 }));
    expect(overlay.rect()).toMatchObject({ x: width - 16 - 232, y: height - 16 - 52 });
    overlay.settled();
    expect(overlay.rect()).toMatchObject({ x: width - 16 - 232 }); // nothing covered yet: it stays
    bar = true;
    overlay.settled();
    expect(overlay.rect()).toMatchObject({ x: 16, y: height - 16 - 52 });
    overlay.apply(frameMessage({ type: 'nudge', dx: 0, dy: -10 })); // the user placed it: a point now
    const placed = overlay.rect();
    bar = false;
    overlay.settled();
    expect(overlay.rect()).toEqual(placed);
  });

  test('a drag moves the frame by the deltas and saves the place once, at the end', () => {
    const { overlay, saved, style } = setup({ saved: { x: 400, y: 300 } });
    overlay.apply(frameMessage({ type: 'size', width: 220, height: 50 }));
    overlay.apply(frameMessage({ type: 'drag-start', screenX: 420, screenY: 400 }));
    overlay.apply(frameMessage({ type: 'drag-move', dx: -30, dy: 10 }));
    overlay.apply(frameMessage({ type: 'drag-move', dx: -50, dy: 15 })); // totals since the start
    expect(saved).toEqual([]);
    overlay.apply(frameMessage({ type: 'drag-end' }));
    expect(saved).toEqual([{ x: 350, y: 315 }]);
    expect(style('left')).toBe('350px');
    expect(style('top')).toBe('315px');
  });

  test('a drag past the edge stops there; arrow-key nudges save each step', () => {
    const { overlay, saved } = setup({ saved: { x: 20, y: 20 } });
    overlay.apply(frameMessage({ type: 'size', width: 220, height: 50 }));
    overlay.apply(frameMessage({ type: 'drag-start', screenX: 30, screenY: 30 }));
    overlay.apply(frameMessage({ type: 'drag-move', dx: -500, dy: -500 }));
    overlay.apply(frameMessage({ type: 'drag-end' }));
    saved.length = 0;
    expect(overlay.rect()).toMatchObject({ x: 0, y: 0 });
    overlay.apply(frameMessage({ type: 'nudge', dx: 10, dy: 0 }));
    overlay.apply(frameMessage({ type: 'nudge', dx: 0, dy: 50 }));
    expect(saved).toEqual([
      { x: 10, y: 0 },
      { x: 10, y: 50 },
    ]);
  });

  test('pointer moves outside the frame reach a shield over the page; the release there ends the drag', () => {
    const { overlay, saved, frame } = setup({ saved: { x: 100, y: 500 }, trusted: () => true });
    overlay.apply(frameMessage({ type: 'size', width: 220, height: 50 }));
    overlay.apply(frameMessage({ type: 'drag-start', screenX: 1110, screenY: 1525 }));
    const shield = frame.parentElement!.lastElementChild as HTMLElement;
    expect(shield).not.toBe(frame);
    expect(shield.style.getPropertyValue('z-index')).toBe('2147483647');
    overlay.apply(frameMessage({ type: 'drag-move', dx: 25, dy: -16 })); // from the frame
    shield.dispatchEvent(new PointerEvent('pointermove', { screenX: 1410, screenY: 1325 })); // from the page
    expect(overlay.rect()).toMatchObject({ x: 400, y: 300 });
    shield.dispatchEvent(new PointerEvent('pointerup', { screenX: 1410, screenY: 1325 }));
    expect(saved).toEqual([{ x: 400, y: 300 }]);
    expect(shield.isConnected).toBe(false);
    // Late moves from the frame after the end change nothing.
    overlay.apply(frameMessage({ type: 'drag-move', dx: 5, dy: 5 }));
    expect(overlay.rect()).toMatchObject({ x: 400, y: 300 });
  });

  test('the shield ignores pointer events the page makes up', () => {
    const { overlay, saved, frame } = setup({ saved: { x: 100, y: 500 } });
    overlay.apply(frameMessage({ type: 'size', width: 220, height: 50 }));
    overlay.apply(frameMessage({ type: 'drag-start', screenX: 1110, screenY: 1525 }));
    const shield = frame.parentElement!.lastElementChild as HTMLElement;
    shield.dispatchEvent(new PointerEvent('pointermove', { screenX: 0, screenY: 0 }));
    shield.dispatchEvent(new PointerEvent('pointerup'));
    expect(overlay.rect()).toMatchObject({ x: 100, y: 500 });
    expect(saved).toEqual([]);
    expect(shield.isConnected).toBe(true);
  });

  test('a saved position off screen comes back inside', () => {
    const { overlay } = setup({ saved: { x: 99_000, y: -50 } });
    const { width } = viewport();
    expect(overlay.rect()).toMatchObject({ x: width - 232, y: 0 });
  });

  test('hide asks the owner to remove the frame', () => {
    const { overlay, hidden } = setup();
    overlay.apply(frameMessage({ type: 'hide' }));
    expect(hidden()).toBe(1);
  });

  test('a MessageEvent the page forges on its own window is ignored', () => {
    const { overlay, hidden, saved, frame } = setup({ saved: { x: 100, y: 100 } });
    const before = overlay.rect();
    for (const data of [frameMessage({ type: 'hide' }), frameMessage({ type: 'nudge', dx: 300, dy: 0 })]) {
      window.dispatchEvent(new MessageEvent('message', { data, origin: EXT, source: frame.contentWindow }));
    }
    expect(hidden()).toBe(0);
    expect(saved).toEqual([]);
    expect(overlay.rect()).toEqual(before);
  });

  test('messages that pass the check are applied; the listener goes with the abort signal', () => {
    let accepted = 0;
    const { overlay, hidden } = setup({
      accept: (event) => {
        accepted++;
        return event.data as ReturnType<typeof frameMessage>;
      },
    });
    window.dispatchEvent(new MessageEvent('message', { data: frameMessage({ type: 'hide' }) }));
    expect(hidden()).toBe(1);
    controller.abort();
    window.dispatchEvent(new MessageEvent('message', { data: frameMessage({ type: 'hide' }) }));
    expect(hidden()).toBe(1);
    expect(accepted).toBe(1);
    expect(overlay.rect().width).toBe(232);
  });
});
