export interface ProbeTiming {
  /** How often to look while a table may be on its way: after load, input or navigation. */
  probeMs: number;
  /** How long after those. */
  busyForMs: number;
  /** How often to look otherwise: a console tab left open all day, its chat feed churning. */
  idleProbeMs: number;
}

export const PROBE_TIMING: ProbeTiming = { probeMs: 1000, busyForMs: 5000, idleProbeMs: 5000 };

/**
 * When a frame without a comparison table looks for one. A table comes after the page loads, the user
 * clicks or types (查询, a date, a tab, the next page) or the page navigates: for busyForMs after each,
 * every probeMs; then every idleProbeMs, so a page that churns for hours without a table pays a fifth.
 * A hidden frame is not probed; it is when it shows again. wake() is cheap: it runs on every keystroke.
 */
export function scheduleProbes(win: Window, probe: () => void, timing: ProbeTiming = PROBE_TIMING, now: () => number = Date.now): { wake(): void; stop(): void } {
  const doc = win.document;
  let busyUntil = now() + timing.busyForMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const next = () => {
    timer = setTimeout(tick, now() < busyUntil ? timing.probeMs : timing.idleProbeMs);
  };
  const tick = () => {
    if (!doc.hidden) probe();
    next();
  };
  const wake = () => {
    if (stopped) return;
    const idle = now() >= busyUntil;
    busyUntil = now() + timing.busyForMs;
    if (idle) {
      clearTimeout(timer);
      next();
    }
  };
  const onVisibility = () => {
    if (doc.hidden || stopped) return;
    probe();
    wake();
  };
  const listen = { capture: true, passive: true } as const;
  win.addEventListener('pointerdown', wake, listen);
  win.addEventListener('keydown', wake, listen);
  doc.addEventListener('visibilitychange', onVisibility);
  next();
  return {
    wake,
    stop() {
      stopped = true;
      clearTimeout(timer);
      win.removeEventListener('pointerdown', wake, listen);
      win.removeEventListener('keydown', wake, listen);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
