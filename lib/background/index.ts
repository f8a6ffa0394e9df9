/**
 * The background's handlers: capture messages, the overlay's requests and port.
 */
export { handleRuntimeMessage } from './handle-message';
export { handleOverlayMessage } from './handle-overlay-message';
export { keepAliveWhile } from './keep-alive-while';
export { type PortLike, serveOverlayPort } from './serve-overlay-port';
