/**
 * The error log: failures that happened out of sight (background, ports, site scripts), kept for the options page.
 */
export { ERROR_KINDS, type ErrorEntry, type ErrorKind, errorDetail } from './error-entry';
export { clearErrors, recentErrors } from './recent-errors';
export { ERROR_LOG_SIZE, reportError } from './report-error';
