import type { MyMonth, MyStanding } from '../standing';

/**
 * The overlay page and the background talk over one runtime port. The page is an extension page framed
 * by a console page; where third-party storage is blocked (a browser setting, private windows) such a
 * frame cannot open the extension's IndexedDB, so it never does: the background reads (liveQuery) and
 * streams what the badge shows, and saves what the badge changes.
 */
export const OVERLAY_PORT = 'kefu-overlay';

/** What the badge shows. */
export type OverlayData = { kind: 'no-me' } | { kind: 'me'; mine: MyStanding; month: MyMonth | null; expanded: boolean };

/** Background → page. */
export type OverlayPortPush = { type: 'data'; data: OverlayData } | { type: 'refused' };

/**
 * The port's protocol map (the runtime messages' map is lib/messages/protocol.ts; this one lives here
 * because what it carries, the standing, sits above the messages' layer). typedPort (lib/messages)
 * types the page's end; the background's end parses what arrives with zod.
 */
export interface OverlayPortProtocol {
  toPage: OverlayPortPush;
  toBackground: OverlayPortRequest;
}

/** Page → background: the user expanded or collapsed the badge (remembered for the next page). */
export interface OverlayPortRequest {
  type: 'expanded';
  expanded: boolean;
}
