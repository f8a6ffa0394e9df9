/**
 * Capture's public face for extension pages. The content script imports the capture files directly, so
 * nothing here widens content.js.
 */
export { foldSpaces } from './cell-text';
export { tablePlace } from './table-key';
export { captureOfRaw, parseRawTable } from './parse-raw-table';
