import type { PeriodInfo, RawCapture, RawRow } from '../model/capture-types';
import { scanDocument, type ScanStats } from './scan-document';
import { tableSignature } from './table-signature';
import { frameLocation } from './frame-location';
import { consoleOfFrame } from './console-of-frame';
import { tableKey } from './table-key';
import { captureSlot, sameRows } from './capture-identity';
import { createSettleScheduler } from './settle-scheduler';
import { PROBE_TIMING, scheduleProbes, type ProbeTiming } from './probe-scheduler';
import { findPeriod } from '../period/find-period';

export interface WatchOptions<Reply = unknown> {
  /** Hands a capture to the background; resolves once it is stored (or rejects with the reason). */
  send: (capture: RawCapture) => Promise<Reply>;
  onSaved?: (capture: RawCapture, reply: Reply) => void;
  onFailed?: (capture: RawCapture, error: unknown) => void;
  now?: () => Date;
  quietMs?: number;
  maxWaitMs?: number;
  /** How often a frame without a comparison table looks for one (probe-scheduler.ts). */
  probeTiming?: ProbeTiming;
  signal?: AbortSignal;
}

/** Reads every comparison table of the frame's document into raw captures (texts, unparsed), as of `today`. */
export function capturesOfFrame(win: Window, today: Date, seen?: ScanStats): RawCapture[] {
  const found = scanDocument(win.document, seen);
  if (found.length === 0) return [];
  const location = frameLocation(win);
  const consoleId = consoleOfFrame(location);
  return found.map(({ root, table }) => ({
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
      break; // a cross-origin ancestor cannot be read: the background asks the top frame instead
    }
  }
  return own;
}

/**
 * Watches one frame in two modes. Without a comparison table (most console pages, some churning many
 * times a second) it only probes now and then for a table or grid whose header is new (often after
 * load, input and navigation, seldom otherwise: probe-scheduler.ts): a document-wide MutationObserver
 * would tax every DOM change of the page. Once a comparison table is
 * there it observes the document and scans when it settles after changes (first render, pagination,
 * sort, date change, SPA navigation), sending each table whose content is new for its (table, period).
 */
export function watchFrame<Reply>(win: Window, options: WatchOptions<Reply>): () => void {
  const doc = win.document;
  const now = options.now ?? (() => new Date());
  // The rows last sent per slot and per table (kept as read: compared without building strings, sameRows).
  const lastSent = new Map<string, RawRow[]>();
  const lastOfTable = new Map<string, { slot: string; rows: RawRow[] }>();
  let observing = false;
  let lastSignature: string | null = null;

  const scan = () => {
    const seen: ScanStats = { comparisonTables: 0 };
    const captures = capturesOfFrame(win, now(), seen);
    if (seen.comparisonTables === 0) return rest();
    for (const capture of captures) {
      const slot = captureSlot(capture);
      const rows = capture.rows;
      const sent = lastSent.get(slot);
      if (sent && sameRows(sent, rows)) continue;
      const previous = lastOfTable.get(capture.source.tableKey);
      // The period changed but the rows did not: the picker moved before the new rows arrived (a console
      // without a loading marker). Wait for the rows; sending now would file old numbers under the new period.
      if (previous && previous.slot !== slot && sameRows(previous.rows, rows)) continue;
      lastSent.set(slot, rows);
      lastOfTable.set(capture.source.tableKey, { slot, rows });
      options.send(capture).then(
        (reply) => options.onSaved?.(capture, reply),
        (error: unknown) => {
          // Not stored: let a later scan try again.
          if (lastSent.get(slot) === rows) lastSent.delete(slot);
          options.onFailed?.(capture, error);
        },
      );
    }
  };

  const scheduler = createSettleScheduler(scan, { quietMs: options.quietMs ?? 600, maxWaitMs: options.maxWaitMs ?? 3000 });
  // The callback only pokes: on a churning console it runs many times a second, so it reads at most the
  // first record. Nodes put straight under <html> are the extension's own (the capture pill, the badge's
  // frame) or another extension's, never a table: showing the pill must not read the table again.
  const own = (r: MutationRecord) => r.target === doc.documentElement && ![...r.addedNodes].some((n) => n.nodeName === 'BODY');
  const observer = new MutationObserver((records) => records.every(own) || scheduler.poke());

  const observe = () => {
    if (!observing) observer.observe(doc, { childList: true, subtree: true, characterData: true });
    observing = true;
    scheduler.poke();
  };
  /** No comparison table (any more): back to probing, from the tables as they are now. */
  const rest = () => {
    if (observing) observer.disconnect();
    observing = false;
    lastSignature = tableSignature(doc);
  };
  const probe = () => {
    if (observing) return;
    const signature = tableSignature(doc);
    if (signature === lastSignature) return;
    lastSignature = signature;
    if (signature !== '') observe();
  };
  const probes = scheduleProbes(win, probe, options.probeTiming ?? PROBE_TIMING);
  const onNavigate = () => {
    probes.wake();
    if (observing) scheduler.poke();
    else probe();
  };

  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('popstate', onNavigate);
  probe();

  const stop = () => {
    probes.stop();
    observer.disconnect();
    scheduler.dispose();
    win.removeEventListener('hashchange', onNavigate);
    win.removeEventListener('popstate', onNavigate);
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
