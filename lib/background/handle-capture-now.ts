import { z } from 'zod';
import type { CaptureNowReply } from '../messages';
import { errorDetail, type ErrorKind } from '../log';
import type { SenderInfo } from './trusted-sender';

const tabIdSchema = z.number().int().nonnegative();

export interface CaptureNowContext {
  extensionId: string;
  extensionOrigin: string;
  /** Runs the capture script in every frame of the tab (scripting.executeScript; a fake in tests). */
  executeScript: (tabId: number) => Promise<unknown>;
  report?: (kind: ErrorKind, error: unknown) => unknown;
}

/**
 * The popup's "capture now": only the extension's own popup may ask (the toolbar click granted the
 * tab through activeTab); the script then captures and sends its tables like on a console host.
 */
export async function handleCaptureNow(data: unknown, sender: SenderInfo, context: CaptureNowContext): Promise<CaptureNowReply> {
  if (sender.id !== context.extensionId || !sender.url?.startsWith(`${context.extensionOrigin}/popup.html`)) return { ok: false, error: 'sender not allowed' };
  const tabId = tabIdSchema.safeParse(data);
  if (!tabId.success) return { ok: false, error: 'invalid tab' };
  try {
    await context.executeScript(tabId.data);
    return { ok: true };
  } catch (error) {
    void context.report?.('captureNow', error);
    return { ok: false, error: errorDetail(error) };
  }
}
