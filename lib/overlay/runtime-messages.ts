/**
 * Runtime messages of the overlay. The content script cannot open the extension's IndexedDB (it would
 * get the console's), so it asks the background for the overlay prefs and hands it what to save. The
 * host is never in a message: the background takes it from the sender's URL.
 *
 * The background checks requests with zod (lib/background/overlay-request.ts); this file stays free of
 * zod because the content script imports it.
 */

export const OVERLAY_STATE = 'overlay:state';
export const OVERLAY_POSITION = 'overlay:position';
export const OVERLAY_HIDE = 'overlay:hide';
/** Extension page → the tab's overlay script: prefs changed (shown again from the popup), ask again. */
export const OVERLAY_REFRESH = 'overlay:refresh';

/** Largest coordinate accepted for a saved position (CSS px). */
export const MAX_COORDINATE = 100_000;

export type OverlayRequest = { type: typeof OVERLAY_STATE } | { type: typeof OVERLAY_POSITION; x: number; y: number } | { type: typeof OVERLAY_HIDE };

export interface OverlayStateReply {
  ok: true;
  show: boolean;
  position: { x: number; y: number } | null;
}
export type OverlayReply = OverlayStateReply | { ok: true } | { ok: false; error: string };

/** True for a message the overlay handler owns (by its type tag); the schema decides whether it is valid. */
export function isOverlayRequest(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return type === OVERLAY_STATE || type === OVERLAY_POSITION || type === OVERLAY_HIDE;
}

const coordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;

/** The background's answer to OVERLAY_STATE, or null when it is anything else (an error, no background). */
export function parseStateReply(reply: unknown): OverlayStateReply | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const r = reply as Record<string, unknown>;
  if (r.ok !== true || typeof r.show !== 'boolean') return null;
  const p = r.position as Record<string, unknown> | null | undefined;
  if (p === null) return { ok: true, show: r.show, position: null };
  if (typeof p !== 'object' || p === undefined || !coordinate(p.x) || !coordinate(p.y)) return null;
  return { ok: true, show: r.show, position: { x: p.x, y: p.y } };
}
