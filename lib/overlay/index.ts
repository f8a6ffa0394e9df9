/**
 * The on-page badge: its messages, port and preferences. The badge's host content script imports the
 * frame files directly.
 */
export { embeddingAllowed, topOriginOf } from './embedding-check';
export { frameMessage, type FrameMessageBody } from './frame-messages';
export { OVERLAY_PORT, type OverlayData, type OverlayPortPush, type OverlayPortRequest } from './overlay-port';
export { hideHost, isHostHidden, saveExpanded, savePosition, showHost } from './overlay-prefs';
export { isOverlayRequest, MAX_COORDINATE, OVERLAY_HIDE, OVERLAY_POSITION, OVERLAY_REFRESH, OVERLAY_STATE, type OverlayReply } from './runtime-messages';
