// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchLayoutSettle } from '../../../lib/overlay/layout-settle';

afterEach(() => vi.useRealTimers());

describe('watchLayoutSettle', () => {
  test('a burst of layout changes and navigations gives one call, quietMs after the last; DOM churn gives none', () => {
    vi.useFakeTimers();
    const callbacks: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          callbacks.push(cb);
        }
        observe() {}
        disconnect() {}
      },
    );
    const settled = vi.fn();
    const stop = watchLayoutSettle(window, settled, 600);
    const resize = () => callbacks[0]!([], {} as ResizeObserver);
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('i')); // churn alone: nothing
    vi.advanceTimersByTime(2000);
    expect(settled).not.toHaveBeenCalled();
    resize();
    vi.advanceTimersByTime(400);
    window.dispatchEvent(new Event('popstate'));
    vi.advanceTimersByTime(400);
    resize();
    vi.advanceTimersByTime(599);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).not.toHaveBeenCalled(); // quiet: now it waits for the next frame to be drawn
    vi.advanceTimersByTime(20);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
    resize();
    window.dispatchEvent(new Event('hashchange'));
    vi.advanceTimersByTime(2000);
    expect(settled).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
