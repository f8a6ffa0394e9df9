import type { ApplyChoices, FilePreview, ImportPreview, SheetPreview } from '../import';
import { isIsoDate, periodProblem, text, type Text } from '../model';

/** What the user typed into a sheet's two date inputs ('' until filled). */
export type PeriodInputs = Record<string, { start: string; end: string }>;

/** A file apply will write: readable and not in the capture log yet. */
export function isImportableFile(file: FilePreview): boolean {
  return file.error === null && !file.alreadyImported && file.sheets.length > 0;
}

/** Sheets that will be written, with their file. */
export function importableSheets(preview: ImportPreview): { file: FilePreview; sheet: SheetPreview }[] {
  return preview.files.filter(isImportableFile).flatMap((file) => file.sheets.map((sheet) => ({ file, sheet })));
}

/**
 * Why a period entered for a sheet cannot be used, or null. Empty inputs say "fill it in"; a period
 * ending after today is refused (consoles never export the future, so it is a typo).
 */
export function periodInputProblem(input: { start: string; end: string } | undefined, today: string): Text | null {
  const start = input?.start.trim() ?? '';
  const end = input?.end.trim() ?? '';
  if (start === '' || end === '') return text('importPeriodMissing');
  const problem = periodProblem(start, end);
  if (problem) return problem;
  if (isIsoDate(today) && end > today) return text('importPeriodAfterToday', end, today);
  return null;
}

export type ConfirmBlock = 'nothing-to-import' | 'periods-needed' | null;

export interface ConfirmState {
  /** True when the confirm button may be pressed. */
  ready: boolean;
  block: ConfirmBlock;
  /** Sheet ids whose period still needs a (valid) entry. */
  pendingPeriods: string[];
  /** Values apply will write, files it will write. */
  values: number;
  files: number;
  sheets: number;
}

/** Whether the preview can be confirmed: something to write, and every `needed` period filled in validly. */
export function confirmState(preview: ImportPreview, inputs: PeriodInputs, today: string): ConfirmState {
  const sheets = importableSheets(preview);
  const pendingPeriods = sheets
    .filter(({ sheet }) => sheet.period.kind === 'needed' && periodInputProblem(inputs[sheet.id], today) !== null)
    .map(({ sheet }) => sheet.id);
  const values = sheets.reduce((sum, { sheet }) => sum + sheet.valueCount, 0);
  const files = new Set(sheets.map(({ file }) => file.id)).size;
  const block: ConfirmBlock = sheets.length === 0 ? 'nothing-to-import' : pendingPeriods.length > 0 ? 'periods-needed' : null;
  return { ready: block === null, block, pendingPeriods, values, files, sheets: sheets.length };
}

/** The choices handed to applyReportImport: the entered periods of `needed` sheets only, trimmed. */
export function applyChoices(preview: ImportPreview, inputs: PeriodInputs): ApplyChoices {
  const periods: ApplyChoices['periods'] = {};
  for (const { sheet } of importableSheets(preview)) {
    const input = inputs[sheet.id];
    if (sheet.period.kind === 'needed' && input) periods[sheet.id] = { start: input.start.trim(), end: input.end.trim() };
  }
  return { periods };
}

/**
 * How a preview that cannot be confirmed ended, for the result line: 'error' when some file could not be
 * read, 'unchanged' when every file was imported before; null when there is something to confirm.
 */
export function previewOutcome(preview: ImportPreview): 'error' | 'unchanged' | null {
  if (importableSheets(preview).length > 0) return null;
  return preview.files.some((f) => f.error !== null || (!f.alreadyImported && f.sheets.length === 0)) ? 'error' : 'unchanged';
}

/** The first `count` items and how many more there are (agent names in the preview). */
export function firstOf<T>(items: readonly T[], count: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, count), more: Math.max(0, items.length - count) };
}

/** File size as people read it: 980 B, 12.3 KB, 4.5 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
