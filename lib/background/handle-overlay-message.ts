import { type KefuDatabase, readPref } from '../db';
import { hideHost, isHostHidden, savePosition } from '../overlay';
import type { OverlayDone, OverlayRefusal, OverlayStateReply } from '../messages';
import { overlayNoDataSchema, overlayPositionSchema } from './overlay-request';
import { isTrustedCaptureSender, type SenderInfo } from './trusted-sender';

/**
 * The overlay script's requests: whether to show the badge on this site and where, save a dragged
 * position, hide the badge on this site. Only the extension's own content script in a tab's top frame
 * may ask (the same checks as captures, plus frameId 0), and the host is the sender's URL's, so no
 * message can hide or show the badge for another site.
 */
type OverlayContext = { db: KefuDatabase; extensionId: string };

const NOT_ALLOWED: OverlayRefusal = { ok: false, error: 'sender not allowed' };
const INVALID: OverlayRefusal = { ok: false, error: 'invalid overlay message' };

export async function handleOverlayState(data: unknown, sender: SenderInfo, context: OverlayContext): Promise<OverlayStateReply | OverlayRefusal> {
  const host = overlaySenderHost(sender, context.extensionId);
  if (host === null) return NOT_ALLOWED;
  if (!overlayNoDataSchema.safeParse(data).success) return INVALID;
  const prefs = await readPref(context.db, 'overlay');
  return { ok: true, show: !isHostHidden(prefs, host), position: prefs.position };
}

export async function handleOverlayPosition(data: unknown, sender: SenderInfo, context: OverlayContext): Promise<OverlayDone | OverlayRefusal> {
  if (overlaySenderHost(sender, context.extensionId) === null) return NOT_ALLOWED;
  const parsed = overlayPositionSchema.safeParse(data);
  if (!parsed.success) return INVALID;
  await savePosition(context.db, parsed.data);
  return { ok: true };
}

export async function handleOverlayHide(data: unknown, sender: SenderInfo, context: OverlayContext): Promise<OverlayDone | OverlayRefusal> {
  const host = overlaySenderHost(sender, context.extensionId);
  if (host === null) return NOT_ALLOWED;
  if (!overlayNoDataSchema.safeParse(data).success) return INVALID;
  await hideHost(context.db, host);
  return { ok: true };
}

/** The host of a trusted top-frame content script on a web page; null for anyone else. */
export function overlaySenderHost(sender: SenderInfo, extensionId: string): string | null {
  if (!isTrustedCaptureSender(sender, extensionId) || sender.frameId !== 0) return null;
  try {
    const url = new URL(sender.url ?? '');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname || null;
  } catch {
    // Not a URL: not a web page, so no host to act for (refused, nothing stored).
    return null;
  }
}
