import { text, type Text, type Unit } from '../model';
import { MAX_REPORT_FILE_BYTES } from './limits';

/**
 * Every message of the report-file import, as codes with their file names and numbers: they travel
 * inside the preview as data, and the options page words them (lib/i18n/locales).
 */

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const LIMIT_MB = Math.round(MAX_REPORT_FILE_BYTES / 1024 / 1024);

export const fileMessages = {
  tooBig: (name: string, size: number): Text => text('importTooBig', name, mb(size), LIMIT_MB),
  notSpreadsheet: (name: string): Text => text('importNotSpreadsheet', name),
  corrupt: (name: string): Text => text('importCorrupt', name),
  empty: (name: string): Text => text('importEmptyFile', name),
  noAgentTable: (name: string): Text => text('importNoAgentTable', name),
};

export const sheetMessages = {
  empty: text('sheetEmpty'),
  noAgentTable: text('sheetNoAgentTable'),
  noRows: text('sheetNoRows'),
};

/** Why a cell of a unit could not be read (lib/metrics/parse-value.ts gives the reason in English, for logs). */
const CELL_REASON: Readonly<Record<Unit, Text>> = {
  percent: text('importCellNotPercent'),
  seconds: text('importCellNotSeconds'),
  duration: text('importCellNotDuration'),
  yuan: text('importCellNotYuan'),
  count: text('importCellNotCount'),
  ratio: text('importCellNotRatio'),
};

export const cellMessages = {
  invalidValue: (unit: Unit, reason: string): Text => (reason.includes('zero base') ? text('importCellZeroBase') : CELL_REASON[unit]),
  invalidDate: text('importCellNotDate'),
  futureDate: (today: string): Text => text('importCellFutureDate', today),
  labelTooLong: (max: number): Text => text('importLabelTooLong', max),
};

export const applyMessages = {
  periodNeeded: (file: string, sheet: string): Text => text('importPeriodNeeded', file, sheet),
  badPeriod: (file: string, sheet: string, problem: Text): Text => text('importBadPeriod', file, sheet, problem),
  writeFailed: (detail: string): Text => text('importWriteFailed', detail),
};
