/**
 * Calls `settled` once the page's layout has changed and then stayed still for `quietMs`: the document's
 * and body's boxes changing size (data rendered, a route shown, a panel opened), or an SPA navigation.
 * A ResizeObserver reports at most once a frame and only when a box's size changes, so a page that
 * churns its DOM inside a stable layout (a chat feed, a ticker) costs nothing; there is no
 * MutationObserver. The call comes just after the next frame is drawn, when the layout is clean: the
 * badge then asks the page what lies under its corners (elementsFromPoint), and with a layout left dirty
 * by the page that question would lay out the whole page (a 1,000-row table: several milliseconds) on
 * the extension's account. Returns the stop function.
 */
export function watchLayoutSettle(win: Window, settled: () => void, quietMs = 600): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // A task queued from a frame callback runs after that frame's layout and paint.
  let frame = 0;
  const afterNextFrame = () => (frame = win.requestAnimationFrame(() => (timer = setTimeout(settled, 0))));
  const cancel = () => {
    clearTimeout(timer);
    win.cancelAnimationFrame(frame);
  };
  const poke = () => {
    if (stopped) return; // a last observer callback may still be queued
    cancel();
    timer = setTimeout(afterNextFrame, quietMs);
  };
  const doc = win.document;
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(poke) : null;
  for (const el of [doc.documentElement, doc.body]) if (el) observer?.observe(el);
  win.addEventListener('popstate', poke);
  win.addEventListener('hashchange', poke);
  return () => {
    stopped = true;
    cancel();
    observer?.disconnect();
    win.removeEventListener('popstate', poke);
    win.removeEventListener('hashchange', poke);
  };
}
