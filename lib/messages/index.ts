/**
 * Runtime messages and ports (their schemas live in lib/model/schemas): the protocol map, the typed
 * messenger of the background and extension pages, the badge port's wrapper. Content scripts import
 * ./content-messaging directly: this face would bring @webext-core/messaging into content.js.
 */
export { parseCapture, parseCaptureMessage, parseRawCapture } from './capture-message';
export type { CaptureNowReply } from './capture-now';
export { messenger, onMessage, sendMessage } from './messenger';
export { MAX_COORDINATE, type OverlayDone, type OverlayPoint, type OverlayRefusal, type OverlayStateReply } from './overlay-messages';
export type { MessageType, ProtocolMap } from './protocol';
export { isSyncRequestReason, type SyncRequestReason, type SyncRequestReply } from './sync-request';
export { connectTyped, type TypedPort, typedPort } from './typed-port';
