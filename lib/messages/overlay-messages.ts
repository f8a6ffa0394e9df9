/**
 * Data of the overlay's runtime messages (listed in lib/messages/protocol.ts). The content script cannot
 * open the extension's IndexedDB (it would get the console's), so it asks the background for the overlay
 * prefs and hands it what to save. The host is never in a message: the background takes it from the
 * sender's URL.
 *
 * The background checks requests with zod (lib/background/overlay-request.ts); this file stays free of
 * zod because the content script imports it. Replies come from the background's zod-checked prefs and
 * are taken as typed; the frame clamps a saved position into the viewport anyway.
 */

/** Largest coordinate accepted for a saved position (CSS px). */
export const MAX_COORDINATE = 100_000;

export interface OverlayPoint {
  x: number;
  y: number;
}

export interface OverlayStateReply {
  ok: true;
  show: boolean;
  position: OverlayPoint | null;
}
export interface OverlayDone {
  ok: true;
}
export interface OverlayRefusal {
  ok: false;
  error: string;
}
