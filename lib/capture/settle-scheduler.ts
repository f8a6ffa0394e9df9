export interface SettleOptions {
  /** Run once the DOM has been quiet this long (a table finished rendering a page). */
  quietMs: number;
  /** …but never wait longer than this under constant churn (tickers, animations). */
  maxWaitMs: number;
}

export interface SettleScheduler {
  poke(): void;
  dispose(): void;
}

/**
 * Debounce with a ceiling, built for pages that mutate hundreds of times a second: poke() only sets a
 * flag (no timer churn per mutation batch); a timer checks every quietMs whether anything changed in
 * the last window. The run therefore comes quietMs to 2×quietMs after the last change, or after about
 * maxWaitMs of constant churn.
 */
export function createSettleScheduler(run: () => void, options: SettleOptions, now: () => number = Date.now): SettleScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = false;
  let firstChangeAt = 0;
  let disposed = false;

  const check = () => {
    if (disposed) return;
    if (changed && now() - firstChangeAt < options.maxWaitMs) {
      changed = false;
      timer = setTimeout(check, options.quietMs);
      return;
    }
    timer = undefined;
    run();
  };

  return {
    poke() {
      if (timer !== undefined) {
        changed = true;
        return;
      }
      if (disposed) return;
      changed = false;
      firstChangeAt = now();
      timer = setTimeout(check, options.quietMs);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
