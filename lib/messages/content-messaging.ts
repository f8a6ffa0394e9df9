import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import type { MessageType, ProtocolMap } from './protocol';
import { NO_ANSWER } from '../model/capture-reply';

/**
 * The content scripts' side of the protocol: @webext-core/messaging v4's wire format written out by
 * hand, typed by the same ProtocolMap. The library itself would add ~2.9 KB to content.js, which has
 * to stay under 40 KB; tests/unit/messages/content-messaging.test.ts holds both ends to one format.
 *
 * Wire format: a request is `{ id, type, data, timestamp }`; the answer is `{ res }`, or `{ err }`
 * with the thrown error's name and message.
 */

export type DataOf<K extends MessageType> = GetDataType<ProtocolMap[K]>;
export type ReturnOf<K extends MessageType> = GetReturnType<ProtocolMap[K]>;

interface WireRequest {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}
type WireReply<R> = { res: R; err?: undefined } | { res?: undefined; err: { message?: unknown } };

let nextId = 0;

/**
 * Sends a message to the background; resolves with its typed answer, rejects with the error it threw,
 * or with NO_ANSWER when none came (the worker stopped before answering, or no listener).
 */
export async function sendToBackground<K extends MessageType>(type: K, data: DataOf<K>): Promise<ReturnOf<K>> {
  const request: WireRequest = { id: nextId++, type, data, timestamp: Date.now() };
  // The answer comes from the extension's own background (a web page cannot reach runtime messaging),
  // so it is taken as typed, like the library does.
  const reply = (await browser.runtime.sendMessage(request).catch(() => null)) as WireReply<ReturnOf<K>> | null | undefined;
  if (reply == null) throw new Error(NO_ANSWER);
  if (reply.err) throw new Error(String(reply.err.message));
  return reply.res as ReturnOf<K>;
}

function isRequestOf(message: unknown, type: MessageType): message is WireRequest {
  // `?.` covers null and primitives alike (a primitive has no `type`).
  const m = message as Partial<WireRequest> | null | undefined;
  return m?.type === type && typeof m.timestamp === 'number';
}

/**
 * Answers one message type sent to this frame (browser.tabs.sendMessage from the background or the
 * popup). Other types are left to the other listeners of the frame. The answer is synchronous.
 */
export function onFrameMessage<K extends MessageType>(
  type: K,
  answer: (message: { data: DataOf<K>; sender: Browser.runtime.MessageSender }) => ReturnOf<K>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: WireReply<ReturnOf<K>>) => void) => {
    if (!isRequestOf(message, type)) return undefined;
    try {
      // Only the extension's own background and pages can message a tab's frames (tabs.sendMessage).
      sendResponse({ res: answer({ data: message.data as DataOf<K>, sender }) });
    } catch (error) {
      sendResponse({ err: { message: error instanceof Error ? error.message : String(error) } });
    }
    // Answered already; `true` is harmless then in browsers, and fakeBrowser waits for an answer only when told.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
