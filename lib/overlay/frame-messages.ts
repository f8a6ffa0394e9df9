/**
 * What the overlay page (an extension page in an iframe) tells the content script that hosts it, over
 * window.postMessage. The page posts to the console's window, where the console's own scripts listen
 * too: messages carry layout only (sizes, pointer deltas), never a metric, a name or a value.
 *
 * Checked by hand, not with zod: zod's core alone would double the script that runs on every console
 * page, and these six shapes are flat. The check is as strict as a zod strictObject (exact keys, finite
 * numbers in range); tests/unit/overlay/frame-messages.test.ts holds it to forged and malformed input.
 */

export const FRAME_MESSAGE_SOURCE = 'kefu-overlay';

export type FrameMessage =
  /** The press on the handle, in screen coordinates (the host follows the pointer from there when it leaves the frame). */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'drag-start'; screenX: number; screenY: number }
  /** Pointer movement since drag-start, in CSS pixels (screen coordinates: the frame moves under the pointer). */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'drag-move'; dx: number; dy: number }
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'drag-end' }
  /** A keyboard step (arrow keys on the handle): move and save at once. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'nudge'; dx: number; dy: number }
  /** The page's content size: the iframe takes it (collapsed badge or expanded list). */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'size'; width: number; height: number }
  /** "Hide on this site": the content script removes the frame and asks the background to remember the host. */
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'hide' };

type Body<T extends FrameMessage['type']> = Omit<Extract<FrameMessage, { type: T }>, 'source'>;
export type FrameMessageBody = { [T in FrameMessage['type']]: Body<T> }[FrameMessage['type']];

const MAX_DELTA = 10_000;
const MAX_EXTENT = 10_000;
/** Screen coordinates: several monitors side by side, some left of or above the main one. */
const MAX_SCREEN = 100_000;

/** The number fields of each type with their allowed range; a type not listed has none. */
const FIELDS: Record<FrameMessage['type'], Record<string, readonly [number, number]>> = {
  'drag-start': { screenX: [-MAX_SCREEN, MAX_SCREEN], screenY: [-MAX_SCREEN, MAX_SCREEN] },
  'drag-move': { dx: [-MAX_DELTA, MAX_DELTA], dy: [-MAX_DELTA, MAX_DELTA] },
  'drag-end': {},
  nudge: { dx: [-MAX_DELTA, MAX_DELTA], dy: [-MAX_DELTA, MAX_DELTA] },
  size: { width: [0, MAX_EXTENT], height: [0, MAX_EXTENT] },
  hide: {},
};

/** Builds a message with its source tag (the page side). */
export function frameMessage(body: FrameMessageBody): FrameMessage {
  return { source: FRAME_MESSAGE_SOURCE, ...body } as FrameMessage;
}

/** A frame message, or null for anything else: unknown type, missing or extra keys, a number out of range. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.source !== FRAME_MESSAGE_SOURCE || typeof record.type !== 'string' || !Object.hasOwn(FIELDS, record.type)) return null;
  const fields = FIELDS[record.type as FrameMessage['type']];
  const keys = Object.keys(record);
  if (keys.length !== 2 + Object.keys(fields).length) return null;
  // A fresh object of the known fields: nothing of the sender's object (getters, prototype) is kept.
  const out: Record<string, unknown> = { source: FRAME_MESSAGE_SOURCE, type: record.type };
  for (const [name, [min, max]] of Object.entries(fields)) {
    const value = record[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return null;
    out[name] = value;
  }
  return out as FrameMessage;
}

/** The parts of a MessageEvent the check reads (a plain object in tests). */
export interface FrameEventLike {
  isTrusted: boolean;
  source: unknown;
  origin: string;
  data: unknown;
}

/**
 * Accepts a window message only when the browser dispatched it (a page can construct and dispatch a
 * MessageEvent with any origin and source, but then isTrusted is false), it comes from the overlay
 * iframe's own window (not the console or another frame), that window is on the extension's origin
 * (the console may navigate the iframe elsewhere) and the data has one of the shapes above.
 */
export function acceptFrameMessage(event: FrameEventLike, frameWindow: unknown, extensionOrigin: string): FrameMessage | null {
  if (!event.isTrusted) return null;
  if (frameWindow === null || frameWindow === undefined || event.source !== frameWindow) return null;
  if (event.origin !== extensionOrigin) return null;
  return parseFrameMessage(event.data);
}
