/**
 * Capture's public face for extension pages. The content script imports the capture files directly, so
 * nothing here widens content.js.
 */
export { foldSpaces } from './cell-text';
export { DEFAULT_HOST_MATCHES } from './default-hosts';
export { tablePlace } from './table-key';
