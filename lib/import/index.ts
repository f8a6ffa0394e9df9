/** Import of report files exported by the consoles (issue 4): preview first, then one transaction. */
export type * from './types';
export { readReportFiles } from './read-report-files';
export { applyReportImport } from './apply-report-import';
export { MAX_REPORT_FILE_BYTES } from './limits';
