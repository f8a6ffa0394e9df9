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

/** Debounce with a ceiling: cheap to poke on every mutation batch, runs the scan once things settle. */
export function createSettleScheduler(run: () => void, options: SettleOptions): SettleScheduler {
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const fire = () => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
    if (!disposed) run();
  };

  return {
    poke() {
      if (disposed) return;
      clearTimeout(quietTimer);
      quietTimer = setTimeout(fire, options.quietMs);
      maxTimer ??= setTimeout(fire, options.maxWaitMs);
    },
    dispose() {
      disposed = true;
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
    },
  };
}
