import type { CaptureReply, PeriodInfo, RawCapture } from '../model';
import type { CaptureNowReply } from './capture-now';
import type { OverlayDone, OverlayPoint, OverlayRefusal, OverlayStateReply } from './overlay-messages';
import type { SyncRequestReason, SyncRequestReply } from './sync-request';

/**
 * Every runtime message of the extension: its name, what it carries, what comes back. One map for
 * @webext-core/messaging (background and extension pages) and for the content scripts' small sender
 * (content-messaging.ts), so both ends are typed by the same lines.
 *
 * The types say what an honest sender sends. The background still parses every `data` with zod and
 * checks every sender (lib/background): a page can tamper with its content script's world.
 */
export interface ProtocolMap {
  /** Content script (any frame) → background: a comparison table read from the frame, as raw cell texts (the background parses). */
  capture(capture: RawCapture): CaptureReply;
  /** Background → a tab's top frame: which period the console shell shows, for apps in its iframes. */
  periodQuery(): PeriodInfo;
  /** Overlay script (top frame) → background: whether to show the badge on this site, and where. */
  overlayState(): OverlayStateReply | OverlayRefusal;
  /** Overlay script → background: the user dragged the badge here. */
  overlayPosition(point: OverlayPoint): OverlayDone | OverlayRefusal;
  /** Overlay script → background: hide the badge on the sender's site. */
  overlayHide(): OverlayDone | OverlayRefusal;
  /** Popup → a tab's overlay script: the badge's prefs changed (shown again), ask overlayState again. */
  overlayRefresh(): void;
  /** Popup → background: run the capture script in every frame of the tab the user clicked on (activeTab). */
  captureNow(tabId: number): CaptureNowReply;
  /** Popup, side panel or options → background: a surface opened, or 立即同步 (team sync; nothing when sync is off). */
  syncRequest(reason: SyncRequestReason): SyncRequestReply;
}

export type MessageType = keyof ProtocolMap;

// The badge's port (overlay page ↔ background, named OVERLAY_PORT) has a map of the same kind:
// OverlayPortProtocol in lib/overlay/overlay-port.ts, { toPage, toBackground }.
