/**
 * The background's handlers: each runtime message of lib/messages/protocol.ts it answers, and the overlay's port.
 */
export { handleCaptureNow } from './handle-capture-now';
export { handleCapture } from './handle-message';
export { handleOverlayHide, handleOverlayPosition, handleOverlayState } from './handle-overlay-message';
export { keepAliveWhile } from './keep-alive-while';
export { type PortLike, serveOverlayPort } from './serve-overlay-port';
export { handleSyncRequest, type SyncRequestContext } from './handle-sync-request';
export { startTeamSync, type TeamSyncWiring } from './start-team-sync';
export { applySyncAlarm, type AlarmsApi, SYNC_ALARM, SYNC_PERIOD_MINUTES } from './sync-alarm';
export { createSyncSchedule, SYNC_AFTER_CAPTURE_MS, type SyncSchedule, type SyncScheduleDeps } from './sync-schedule';
