/**
 * Runtime messages between the content script and the background (their schemas live in lib/model/schemas).
 */
export { parseCaptureMessage } from './capture-message';
export { PERIOD_QUERY } from './period-query';
