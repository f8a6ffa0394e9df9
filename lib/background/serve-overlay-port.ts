import { liveQuery } from 'dexie';
import { z } from 'zod';
import { type KefuDatabase, readPref } from '../db';
import { CONSOLE_MATCHES } from '../model';
import { embeddingAllowed, saveExpanded, type OverlayData, type OverlayPortPush } from '../overlay';
import { loadMyStanding } from '../standing';
import { userSitePatterns } from '../sites';

/** The parts of runtime.Port this needs (a fake in tests). */
export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string; tab?: { url?: string } | unknown; frameId?: number };
  postMessage(message: OverlayPortPush): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

const requestSchema = z.strictObject({ type: z.literal('expanded'), expanded: z.boolean() });

/** What the badge shows: "me" and my standing, or that nobody is "me". */
export async function loadOverlayData(db: KefuDatabase): Promise<OverlayData> {
  const [mine, prefs] = await Promise.all([loadMyStanding(db), readPref(db, 'overlay')]);
  return mine ? { kind: 'me', mine, expanded: prefs.expanded } : { kind: 'no-me' };
}

/**
 * Whether a port may receive the badge's data: the extension's own overlay page, in a sub-frame of a
 * tab whose page is a console host or a site the user added (the tab's address is known to the
 * background exactly for the sites it has host access to). A page elsewhere that frames overlay.html
 * gets nothing.
 */
export function overlayPortAllowed(sender: PortLike['sender'], extensionId: string, extensionOrigin: string, userPatterns: readonly string[]): boolean {
  if (!sender || sender.id !== extensionId) return false;
  if (!sender.url?.startsWith(`${extensionOrigin}/overlay.html`)) return false;
  if (!sender.frameId) return false; // a frame, not a tab of its own
  const tabUrl = (sender.tab as { url?: string } | undefined)?.url;
  if (!tabUrl) return false;
  let origin: string;
  try {
    origin = new URL(tabUrl).origin;
  } catch {
    return false;
  }
  return embeddingAllowed(origin, [...CONSOLE_MATCHES, ...userPatterns]);
}

/**
 * Serves one overlay page: checks the sender, then pushes the badge's data now and after every change
 * of what it reads (liveQuery), and saves the expanded state the page sends. Ends with the port.
 */
export async function serveOverlayPort(port: PortLike, context: { db: KefuDatabase; extensionId: string; extensionOrigin: string }): Promise<void> {
  const { db } = context;
  let open = true;
  let unsubscribe = () => {};
  port.onDisconnect.addListener(() => {
    open = false;
    unsubscribe();
  });
  const allowed = overlayPortAllowed(port.sender, context.extensionId, context.extensionOrigin, await userSitePatterns(db));
  if (!open) return;
  if (!allowed) {
    port.postMessage({ type: 'refused' });
    port.disconnect();
    return;
  }
  const subscription = liveQuery(() => loadOverlayData(db)).subscribe({
    next: (data) => {
      if (open) port.postMessage({ type: 'data', data });
    },
    error: () => undefined, // the next change tries again
  });
  unsubscribe = () => subscription.unsubscribe();
  port.onMessage.addListener((message) => {
    const parsed = requestSchema.safeParse(message);
    if (parsed.success) void saveExpanded(db, parsed.data.expanded);
  });
}
