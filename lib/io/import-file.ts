import type { KefuDatabase } from '../db';
import { importBackup, parseBackupText } from './backup';
import { formatCsvError, MAX_REPORTED_ERRORS } from './import-csv';
import { importCsv } from './apply-csv-import';

export type ImportFileResult =
  | { ok: true; kind: 'backup'; values: number; captures: number }
  | { ok: true; kind: 'csv'; values: number }
  | { ok: false; problems: Array<{ zh: string; en: string }>; unknownType?: boolean };

/**
 * One entry point for the import control: a JSON backup or a CSV in the export's format, recognised by
 * content (not by file name). Each path validates the whole file before one all-or-nothing transaction.
 */
export async function importFile(db: KefuDatabase, text: string, now: Date = new Date()): Promise<ImportFileResult> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    const parsed = parseBackupText(body);
    if (!parsed.ok) {
      const problems = parsed.issues.map((i) => ({ zh: `${i.path || '文件'}: ${i.messageZh}`, en: `${i.path || 'file'}: ${i.messageEn}` }));
      return { ok: false, problems: problems.length > 0 ? problems : [{ zh: parsed.error, en: parsed.error }] };
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
