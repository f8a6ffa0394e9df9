import { frameMessage, type FrameMessageBody, topOriginOf } from '@/lib/overlay';

/**
 * Tells the content script that frames this page about layout (sizes, pointer deltas, hide). Sent to
 * the console's window, addressed to its origin where the browser names it. Layout only: the console's
 * own scripts may read these.
 */
export function postToHost(body: FrameMessageBody): void {
  if (window.parent === window) return; // opened as a tab (tests, screenshots): nobody to tell
  window.parent.postMessage(frameMessage(body), topOriginOf(location) ?? '*');
}
