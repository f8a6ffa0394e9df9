import { isQuotaError, type KefuDatabase, writeCapture } from '../db';
import { parseRawCapture } from '../messages';
import { capturePeriodSchema } from '../model/schemas';
import { rowKindOf } from '../metrics';
import { STORAGE_FULL, type CaptureReply, type Capture } from '../model';
import type { ErrorKind } from '../log';
import { isTrustedCaptureSender, type SenderInfo } from './trusted-sender';

export interface MessageContext {
  db: KefuDatabase;
  extensionId: string;
  /** Asks the tab's top frame which period it shows (for apps in iframes whose shell holds the date picker). */
  askTopFramePeriod?: (tabId: number) => Promise<unknown>;
  /** Keeps a failure for the options page (lib/log); tests collect them. */
  report?: (kind: ErrorKind, error: unknown) => unknown;
  now?: () => Date;
}

/**
 * Validates the data of a `capture` message (raw cell texts), parses it and stores the capture; anything else is refused with a
 * reason. A refused or failed capture is also reported (the toast on the page is gone in seconds); a
 * write refused for a full storage is answered with the STORAGE_FULL code. The write is idempotent
 * (writeCapture), so a content script may resend a capture whose answer it never got.
 */
export async function handleCapture(data: unknown, sender: SenderInfo, context: MessageContext): Promise<CaptureReply> {
  if (!isTrustedCaptureSender(sender, context.extensionId)) return { ok: false, error: 'sender not allowed' };
  const parsed = parseRawCapture(data);
  if (!parsed.ok) {
    void context.report?.('captureRefused', parsed.error);
    return { ok: false, error: parsed.error };
  }
  const capture = await withShellPeriod(parsed.capture, sender, context);
  try {
    // The merged snapshot comes back from the write: no second read of it.
    const { captureId, snapshot } = await writeCapture(context.db, capture, context.now?.() ?? new Date());
    const agents = capture.rows.filter((r) => r.kind === 'agent').length;
    return {
      ok: true,
      captureId,
      agents,
      benchmarks: capture.rows.length - agents,
      metrics: capture.metrics.length,
      snapshotAgents: snapshot.labels.filter((label) => rowKindOf(label) === 'agent').length,
      // The page's pill says these: the page sent texts, so only the background knows them.
      warnings: capture.warnings.length,
      period: { start: capture.period.start, end: capture.period.end, guessed: capture.period.guessed },
    };
  } catch (error) {
    // A full storage is said in words on the page (a code the pill turns into words); resending would not help.
    if (isQuotaError(error)) {
      void context.report?.('storageFull', error);
      return { ok: false, error: STORAGE_FULL };
    }
    void context.report?.('captureWrite', error);
    throw error; // the content script shows it on the page (after resending: it may have been passing)
  }
}

/** A guessed period from a sub-frame gets one more chance: the top frame's picker, validated like the rest. */
async function withShellPeriod(capture: Capture, sender: SenderInfo, context: MessageContext): Promise<Capture> {
  const tabId = sender.tab?.id;
  if (!capture.period.guessed || !sender.frameId || tabId === undefined || !context.askTopFramePeriod) return capture;
  try {
    const answer = capturePeriodSchema.safeParse(await context.askTopFramePeriod(tabId));
    if (answer.success && !answer.data.guessed) return { ...capture, period: answer.data };
  } catch {
    // No content script in the top frame (not a console host): the guess stands, marked as a guess.
  }
  return capture;
}
