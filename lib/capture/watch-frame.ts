import type { Capture, PeriodInfo } from './types';
import { scanDocument } from './scan-document';
import { frameLocation } from './frame-location';
import { consoleOfHost } from './console-of-host';
import { tableKey } from './table-key';
import { captureContent, captureSlot } from './capture-identity';
import { createSettleScheduler } from './settle-scheduler';
import { findPeriod } from '../period/find-period';

export interface WatchOptions {
  /** Hands a capture to the background; resolves once it is stored (or rejects with the reason). */
  send: (capture: Capture) => Promise<unknown>;
  onSaved?: (capture: Capture, reply: unknown) => void;
  onFailed?: (capture: Capture, error: unknown) => void;
  now?: () => Date;
  quietMs?: number;
  maxWaitMs?: number;
  signal?: AbortSignal;
}

/** Reads every comparison table of the frame's document into captures, as of `today`. */
export function capturesOfFrame(win: Window, today: Date): Capture[] {
  const location = frameLocation(win);
  const consoleId = consoleOfHost(location.hostname);
  return scanDocument(win.document).map(({ root, table }) => ({
    ...table,
    source: {
      console: consoleId,
      pageUrl: location.pageUrl,
      frameUrl: location.frameUrl,
      tableKey: tableKey(location.frameUrl, table.metrics),
    },
    period: periodOfFrame(win, today, root),
  }));
}

/**
 * The period shown next to the table; where the frame shows none (an app in an iframe whose date
 * picker is in the console shell), the nearest same-origin ancestor frame that shows one. Cross-origin
 * shells are asked by the background (see lib/background/handle-message.ts).
 */
export function periodOfFrame(win: Window, today: Date, near?: Element): PeriodInfo {
  const own = findPeriod(win.document, today, near);
  if (!own.guessed) return own;
  for (let frame: Window = win; frame.parent !== frame; frame = frame.parent) {
    try {
      const found = findPeriod(frame.parent.document, today);
      if (!found.guessed) return found;
    } catch {
      break; // cross-origin ancestor
    }
  }
  return own;
}

/**
 * Watches one frame: scans when the document settles after changes (first render, pagination, sort,
 * date change, SPA navigation) and sends each table whose content is new for its (table, period).
 */
export function watchFrame(win: Window, options: WatchOptions): () => void {
  const now = options.now ?? (() => new Date());
  const lastSent = new Map<string, string>();
  const lastOfTable = new Map<string, { slot: string; content: string }>();

  const scan = () => {
    for (const capture of capturesOfFrame(win, now())) {
      const slot = captureSlot(capture);
      const content = captureContent(capture);
      if (lastSent.get(slot) === content) continue;
      const previous = lastOfTable.get(capture.source.tableKey);
      // The period changed but the rows did not: the picker moved before the new rows arrived (a console
      // without a loading marker). Wait for the rows; sending now would file old numbers under the new period.
      if (previous && previous.slot !== slot && previous.content === content) continue;
      lastSent.set(slot, content);
      lastOfTable.set(capture.source.tableKey, { slot, content });
      options.send(capture).then(
        (reply) => options.onSaved?.(capture, reply),
        (error: unknown) => {
          // Not stored: let a later scan try again.
          if (lastSent.get(slot) === content) lastSent.delete(slot);
          options.onFailed?.(capture, error);
        },
      );
    }
  };

  const scheduler = createSettleScheduler(scan, { quietMs: options.quietMs ?? 600, maxWaitMs: options.maxWaitMs ?? 3000 });
  // The callback only pokes: on a churning console it runs many times a second, so it reads no records.
  // The confirmation's own host element is added once per frame; the extra scan it may cause sends nothing.
  const observer = new MutationObserver(scheduler.poke);
  observer.observe(win.document, { childList: true, subtree: true, characterData: true });
  // SPA route changes that swap content are seen as mutations; a hash change alone still deserves a look.
  win.addEventListener('hashchange', scheduler.poke);
  win.addEventListener('popstate', scheduler.poke);
  scheduler.poke();

  const stop = () => {
    observer.disconnect();
    scheduler.dispose();
    win.removeEventListener('hashchange', scheduler.poke);
    win.removeEventListener('popstate', scheduler.poke);
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

