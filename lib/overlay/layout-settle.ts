/**
 * Calls `settled` once the page's layout has changed and then stayed still for `quietMs`: the document's
 * and body's boxes changing size (data rendered, a route shown, a panel opened), or an SPA navigation.
 * A ResizeObserver reports at most once a frame and only when a box's size changes, so a page that
 * churns its DOM inside a stable layout (a chat feed, a ticker) costs nothing; there is no
 * MutationObserver. Returns the stop function.
 */
export function watchLayoutSettle(win: Window, settled: () => void, quietMs = 600): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const poke = () => {
    if (stopped) return; // a last observer callback may still be queued
    clearTimeout(timer);
    timer = setTimeout(settled, quietMs);
  };
  const doc = win.document;
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(poke) : null;
  for (const el of [doc.documentElement, doc.body]) if (el) observer?.observe(el);
  win.addEventListener('popstate', poke);
  win.addEventListener('hashchange', poke);
  return () => {
    stopped = true;
    clearTimeout(timer);
    observer?.disconnect();
    win.removeEventListener('popstate', poke);
    win.removeEventListener('hashchange', poke);
  };
}
