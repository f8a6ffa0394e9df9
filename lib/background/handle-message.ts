import { type KefuDatabase, writeCapture } from '../db';
import { parseCaptureMessage } from '../messages';
import { capturePeriodSchema } from '../model/schemas';
import { rowKindOf } from '../metrics';
import type { CaptureReply, Capture } from '../model';
import { isTrustedCaptureSender, type SenderInfo } from './trusted-sender';

export interface MessageContext {
  db: KefuDatabase;
  extensionId: string;
  /** Asks the tab's top frame which period it shows (for apps in iframes whose shell holds the date picker). */
  askTopFramePeriod?: (tabId: number) => Promise<unknown>;
  now?: () => Date;
}

/** Validates a runtime message and stores the capture it carries; anything else is refused with a reason. */
export async function handleRuntimeMessage(message: unknown, sender: SenderInfo, context: MessageContext): Promise<CaptureReply> {
  if (!isTrustedCaptureSender(sender, context.extensionId)) return { ok: false, error: 'sender not allowed' };
  const parsed = parseCaptureMessage(message);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const capture = await withShellPeriod(parsed.capture, sender, context);
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
  };
}

/** A guessed period from a sub-frame gets one more chance: the top frame's picker, validated like the rest. */
async function withShellPeriod(capture: Capture, sender: SenderInfo, context: MessageContext): Promise<Capture> {
  const tabId = (sender.tab as { id?: number } | undefined)?.id;
  if (!capture.period.guessed || !sender.frameId || tabId === undefined || !context.askTopFramePeriod) return capture;
  try {
    const answer = capturePeriodSchema.safeParse(await context.askTopFramePeriod(tabId));
    if (answer.success && !answer.data.guessed) return { ...capture, period: answer.data };
  } catch {
    // No content script in the top frame (not a console host): the guess stands.
  }
  return capture;
}
