/**
 * The on-page badge: its messages, port and preferences. The badge's host content script imports the
 * frame files directly.
 */
export { embeddingAllowed, topOriginOf } from './embedding-check';
export { frameMessage, type FrameMessageBody } from './frame-messages';
export { OVERLAY_PORT, type OverlayData, type OverlayPortProtocol, type OverlayPortPush, type OverlayPortRequest } from './overlay-port';
export { hideHost, isHostHidden, saveExpanded, savePosition, showHost } from './overlay-prefs';
