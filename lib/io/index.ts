/**
 * CSV export and import, full backups.
 */
export { exportBackup } from './backup';
export { exportCsv } from './export-csv';
export { importFile, type ImportFileResult } from './import-file';
export { type ExportCell, type ExportTable, monthExportTable, type Words } from './month-export-table';
export { monthCsv, type MonthExportFormat, monthExportFileName, type MonthSheetNames, monthXlsx } from './month-export-files';
export { monthRulesTable } from './month-rules-table';
