/** The background's answer to a capture message. */
export type CaptureReply =
  | {
      ok: true;
      captureId: number;
      /** Agents and benchmark rows in this capture. */
      agents: number;
      benchmarks: number;
      metrics: number;
      /** Agents of this table and period stored so far (pages merge into one snapshot). */
      snapshotAgents: number;
      /** Cells that could not be read as values (the background parses the cells, so the page learns it here). */
      warnings: number;
      /** The period the capture was filed under: the frame's, or the console shell's for an app in an iframe. */
      period: { start: string; end: string; guessed: boolean };
    }
  | { ok: false; error: string };

/**
 * The `error` of a capture that was not written because the browser's storage is full
 * (IndexedDB's QuotaExceededError): the page's pill says so in words instead of the browser's text.
 */
export const STORAGE_FULL = 'storageFull';

/**
 * Why a message failed when the background never answered (a service worker stopped mid-message, or
 * not started yet): the content script resends, and says this in words if it still gets no answer.
 */
export const NO_ANSWER = 'noAnswer';
