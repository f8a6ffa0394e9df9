import type { SyncConflict, SyncPassResult, SyncSettings, SyncStatus } from '../sync';
import { errorDetail } from '../log';

export interface SyncScheduleDeps {
  readSettings(): Promise<SyncSettings>;
  runPass(settings: SyncSettings): Promise<SyncPassResult>;
  readStatus(): Promise<SyncStatus>;
  writeStatus(status: SyncStatus): Promise<void>;
  /** An engine that threw instead of answering with a problem: kept in the error log. */
  report(error: unknown): unknown;
  now?(): Date;
}

export interface SyncSchedule {
  /** Runs a pass now, or once after the running one; resolves when the pass that covers this request ended. */
  request(): Promise<void>;
  /** After a capture: one request `delayMs` after the last of a burst of calls (a paged table sends several). */
  requestSoon(delayMs?: number): void;
}

/** After a capture is stored the pass waits this long, so the table's other pages join the same pass. */
export const SYNC_AFTER_CAPTURE_MS = 5_000;

/**
 * One pass at a time. The worker may be woken by the alarm, a surface opening and a capture at once; two
 * passes over the same databases would push the same changes twice, so a request during a pass runs
 * once after it (however many came in). Each pass reads the settings first: off means no request at all.
 */
export function createSyncSchedule(deps: SyncScheduleDeps): SyncSchedule {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let soon: ReturnType<typeof setTimeout> | undefined;

  const start = (): Promise<void> => {
    running = onePass(deps).finally(() => {
      running = null;
    });
    return running;
  };

  const request = (): Promise<void> => {
    if (!running) return start();
    // Every request during this pass shares the one pass after it.
    next ??= running.then(() => {
      next = null;
      return start();
    });
    return next;
  };

  return {
    request,
    requestSoon(delayMs = SYNC_AFTER_CAPTURE_MS) {
      clearTimeout(soon);
      soon = setTimeout(() => void request(), delayMs);
    },
  };
}

async function onePass(deps: SyncScheduleDeps): Promise<void> {
  const settings = await deps.readSettings();
  const before = await deps.readStatus();
  if (!settings.enabled) {
    if (before.state !== 'off') await deps.writeStatus({ ...before, state: 'off' });
    return;
  }
  await deps.writeStatus({ ...before, state: 'syncing' });
  let result: SyncPassResult;
  try {
    result = await deps.runPass(settings);
  } catch (error) {
    // The engine answers with problems; a throw is a bug or a browser failure. Shown as a server error
    // (the page says to try again) and kept in the error log with its own words.
    void deps.report(error);
    const at = (deps.now?.() ?? new Date()).toISOString();
    result = { at, pushed: 0, pulled: 0, pending: before.lastPass?.pending ?? 0, conflicts: [], problem: { code: 'server_error', detail: errorDetail(error) } };
  }
  const recentConflicts = keepRecentConflicts(result.conflicts, before.recentConflicts ?? []);
  await deps.writeStatus({
    state: result.problem ? 'error' : 'idle',
    lastPass: result,
    lastSuccessAt: result.problem ? before.lastSuccessAt : result.at,
    ...(recentConflicts.length > 0 ? { recentConflicts } : {}),
  });
}

/** How many losing edits options keeps listing. */
export const RECENT_CONFLICTS_KEPT = 20;

/** This pass's conflicts before the ones kept, each losing edit once (by document and edit time). */
export function keepRecentConflicts(fresh: readonly SyncConflict[], kept: readonly SyncConflict[]): SyncConflict[] {
  const seen = new Set<string>();
  const out: SyncConflict[] = [];
  for (const c of [...fresh, ...kept]) {
    const key = `${c.id}|${c.lostEditAt ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.slice(0, RECENT_CONFLICTS_KEPT);
}
