import type { MyStanding } from '../standing';

/**
 * The overlay page and the background talk over one runtime port. The page is an extension page framed
 * by a console page; where third-party storage is blocked (a browser setting, private windows) such a
 * frame cannot open the extension's IndexedDB, so it never does: the background reads (liveQuery) and
 * streams what the badge shows, and saves what the badge changes.
 */
export const OVERLAY_PORT = 'kefu-overlay';

/** What the badge shows. */
export type OverlayData = { kind: 'no-me' } | { kind: 'me'; mine: MyStanding; expanded: boolean };

/** Background → page. */
export type OverlayPortPush = { type: 'data'; data: OverlayData } | { type: 'refused' };

/** Page → background: the user expanded or collapsed the badge (remembered for the next page). */
export interface OverlayPortRequest {
  type: 'expanded';
  expanded: boolean;
}
