/**
 * Chrome stops an extension service worker after 30 s without an event or an extension API call, even
 * in the middle of IndexedDB work. Opening the database may run a long schema upgrade (packing a year of
 * per-value records into month records takes a minute on slow machines); stopped halfway, the upgrade
 * rolls back and would start over at every wake-up. Calling a cheap extension API every `intervalMs`
 * until `work` settles keeps the worker alive exactly that long.
 */
export const KEEP_ALIVE_INTERVAL_MS = 20_000;

export function keepAliveWhile<T>(work: Promise<T>, ping: () => unknown, intervalMs = KEEP_ALIVE_INTERVAL_MS): Promise<T> {
  const timer = setInterval(() => {
    // A failing ping (thrown or rejected) must not end the work it keeps alive; the work's own failure
    // is what the caller reports.
    try {
      void Promise.resolve(ping()).catch(() => undefined);
    } catch {
      // see above
    }
  }, intervalMs);
  const stop = () => clearInterval(timer);
  work.then(stop, stop);
  return work;
}
