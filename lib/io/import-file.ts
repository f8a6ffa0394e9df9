import type { KefuDatabase } from '../db';
import { text, type Text } from '../model';
import { importBackup, parseBackupText } from './backup';
import { formatCsvError, MAX_REPORTED_ERRORS } from './import-csv';
import { importCsv } from './apply-csv-import';

export type ImportFileResult =
  | { ok: true; kind: 'backup'; values: number; captures: number }
  | { ok: true; kind: 'csv'; values: number }
  | { ok: false; problems: Text[]; unknownType?: boolean };

/**
 * One entry point for the import control: a JSON backup or a CSV in the export's format, recognised by
 * content (not by file name). Each path validates the whole file before one all-or-nothing transaction.
 */
export async function importFile(db: KefuDatabase, fileText: string, now: Date = new Date()): Promise<ImportFileResult> {
  const body = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  const start = body.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    const parsed = parseBackupText(body);
    if (!parsed.ok) {
      return { ok: false, problems: parsed.issues.map((i) => (i.path ? text('issueAt', i.path, i.message) : text('issueAtRoot', i.message))) };
    }
    const result = await importBackup(db, parsed.backup);
    return { ok: true, kind: 'backup', values: result.values, captures: result.captures };
  }
  const headerLine = start.slice(0, 2000).split(/\r?\n/, 1)[0] ?? '';
  if (!/(?:^|[,"])period_start(?:[,"]|$)/.test(headerLine)) {
    return { ok: false, unknownType: true, problems: [] };
  }
  const result = await importCsv(db, body, now);
  if (!result.ok) return { ok: false, problems: result.errors.slice(0, MAX_REPORTED_ERRORS).map(formatCsvError) };
  return { ok: true, kind: 'csv', values: result.valuesWritten };
}
