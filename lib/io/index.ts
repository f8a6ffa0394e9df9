/**
 * CSV export and import, full backups.
 */
export { exportBackup } from './backup';
export { exportCsv } from './export-csv';
export { importFile, type ImportFileResult } from './import-file';
