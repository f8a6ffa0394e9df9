import { liveQuery } from 'dexie';
import { z } from 'zod';
import { type KefuDatabase, readPref } from '../db';
import { CONSOLE_MATCHES, isoDate } from '../model';
import { embeddingAllowed, saveExpanded, type OverlayData, type OverlayPortProtocol } from '../overlay';
import type { ErrorKind } from '../log';
import { loadMyMonth, loadMyStanding } from '../standing';
import { userSitePatterns } from '../sites';
import type { SenderInfo } from './trusted-sender';

/**
 * The parts of runtime.Port this needs (a fake in tests), typed by the port's protocol: what goes out
 * is the protocol's; what comes in is unknown until the zod check below.
 */
export interface PortLike {
  name: string;
  sender?: SenderInfo;
  postMessage(message: OverlayPortProtocol['toPage']): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

const requestSchema = z.strictObject({ type: z.literal('expanded'), expanded: z.boolean() });

/**
 * What the badge shows: "me", my standing and my month so far, or that nobody is "me". The month reads
 * only my texts' records of two months (readMonthRows by [label+month]): this runs on every change.
 */
export async function loadOverlayData(db: KefuDatabase, today: string = isoDate(new Date())): Promise<OverlayData> {
  const [mine, month, prefs] = await Promise.all([loadMyStanding(db), loadMyMonth(db, today), readPref(db, 'overlay')]);
  return mine ? { kind: 'me', mine, month, expanded: prefs.expanded } : { kind: 'no-me' };
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
  const tabUrl = sender.tab?.url;
  if (!tabUrl) return false;
  let origin: string;
  try {
    origin = new URL(tabUrl).origin;
  } catch {
    // An address the URL parser refuses is no console's: refused.
    return false;
  }
  return embeddingAllowed(origin, [...CONSOLE_MATCHES, ...userPatterns]);
}

/**
 * Serves one overlay page: checks the sender, then pushes the badge's data now and after every change
 * of what it reads (liveQuery), and saves the expanded state the page sends. Ends with the port.
 */
export async function serveOverlayPort(
  port: PortLike,
  context: {
    db: KefuDatabase;
    extensionId: string;
    extensionOrigin: string;
    report?: (kind: ErrorKind, error: unknown) => unknown;
    /** Today (YYYY-MM-DD) for "this month so far"; the local date unless a test fixes it. */
    today?: () => string;
  },
): Promise<void> {
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
  const subscription = liveQuery(() => loadOverlayData(db, context.today?.())).subscribe({
    next: (data) => {
      if (open) port.postMessage({ type: 'data', data });
    },
    // The badge keeps what it shows; the failure is kept for the options page, and the page's next
    // connection (it reconnects when shown again) reads afresh.
    error: (error: unknown) => void context.report?.('overlayPort', error),
  });
  unsubscribe = () => subscription.unsubscribe();
  port.onMessage.addListener((message) => {
    const parsed = requestSchema.safeParse(message);
    if (parsed.success) saveExpanded(db, parsed.data.expanded).catch((error: unknown) => context.report?.('overlayPort', error));
  });
}
