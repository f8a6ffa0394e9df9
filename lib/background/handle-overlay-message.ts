import { type KefuDatabase, readPref } from '../db';
import { hideHost, isHostHidden, savePosition, OVERLAY_HIDE, OVERLAY_POSITION, type OverlayReply } from '../overlay';
import { overlayRequestSchema } from './overlay-request';
import { isTrustedCaptureSender, type SenderInfo } from './trusted-sender';

/**
 * The overlay script's requests: whether to show the badge on this site and where, save a dragged
 * position, hide the badge on this site. Only the extension's own content script in a tab's top frame
 * may ask (the same checks as captures, plus frameId 0), and the host is the sender's URL's, so no
 * message can hide or show the badge for another site.
 */
export async function handleOverlayMessage(message: unknown, sender: SenderInfo, context: { db: KefuDatabase; extensionId: string }): Promise<OverlayReply> {
  const host = overlaySenderHost(sender, context.extensionId);
  if (host === null) return { ok: false, error: 'sender not allowed' };
  const parsed = overlayRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'invalid overlay message' };
  const request = parsed.data;
  if (request.type === OVERLAY_POSITION) {
    await savePosition(context.db, { x: request.x, y: request.y });
    return { ok: true };
  }
  if (request.type === OVERLAY_HIDE) {
    await hideHost(context.db, host);
    return { ok: true };
  }
  const prefs = await readPref(context.db, 'overlay');
  return { ok: true, show: !isHostHidden(prefs, host), position: prefs.position };
}

/** The host of a trusted top-frame content script on a web page; null for anyone else. */
export function overlaySenderHost(sender: SenderInfo, extensionId: string): string | null {
  if (!isTrustedCaptureSender(sender, extensionId) || sender.frameId !== 0) return null;
  try {
    const url = new URL(sender.url ?? '');
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.hostname || null;
  } catch {
    return null;
  }
}
