import { type KefuDatabase, writeLoggedValues } from '../db';
import { periodProblem, type Text, valueId, LABEL_MAX_LENGTH, MAX_WARNINGS_PER_CAPTURE, SHORT_TEXT_MAX_LENGTH, TABLE_KEY_MAX_LENGTH, METRICS } from '../model';
import { captureRecordSchema, type CaptureRecord, type ValueRecord } from '../model/schemas';
import { say } from '../i18n/translate';
import { applyMessages } from './import-messages';
import { importedFileHashes } from './imported-hashes';
import { statedRoles, writeRoleGuesses } from './role-guesses';
import type { ApplyChoices, ApplyReportResult, FilePreview, ImportPreview, SheetPreview } from './types';

interface PlannedSheet {
  sheet: SheetPreview;
  /** The sheet's period; null when every row carries its own (date column). */
  period: { start: string; end: string } | null;
}

interface PlannedFile {
  file: FilePreview;
  sheets: PlannedSheet[];
  log: Omit<CaptureRecord, 'id'>;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The period each sheet is written under, or what is missing or wrong. */
function planSheet(file: FilePreview, sheet: SheetPreview, choices: ApplyChoices): PlannedSheet | Text {
  if (sheet.period.kind === 'date-column') return { sheet, period: null };
  const chosen = choices.periods[sheet.id];
  const period = chosen ?? (sheet.period.start && sheet.period.end ? { start: sheet.period.start, end: sheet.period.end } : null);
  if (!period) return applyMessages.periodNeeded(file.name, sheet.sheet);
  const problem = periodProblem(period.start, period.end);
  if (problem) return applyMessages.badPeriod(file.name, sheet.sheet, problem);
  return { sheet, period: { start: period.start, end: period.end } };
}

/** The capture-log entry of one file: what was imported from where, with the file's name and hash. */
function logOf(file: FilePreview, sheets: readonly PlannedSheet[], importedAt: string): Omit<CaptureRecord, 'id'> {
  const metrics = new Set<string>();
  const headerTexts: Record<string, string> = {};
  const agents = new Set<string>();
  const benchmarks = new Set<string>();
  const warnings: CaptureRecord['warnings'] = [];
  const evidence = new Set<string>();
  let start = '';
  let end = '';
  let valueCount = 0;
  for (const { sheet, period } of sheets) {
    for (const m of sheet.metrics) {
      metrics.add(m.id);
      headerTexts[m.id] ??= cut(m.header, SHORT_TEXT_MAX_LENGTH);
    }
    for (const a of sheet.agents) agents.add(a);
    for (const b of sheet.benchmarks) benchmarks.add(`${b.kind}|${b.label}`);
    const span = period ?? { start: sheet.period.start!, end: sheet.period.end! };
    if (start === '' || span.start < start) start = span.start;
    if (end === '' || span.end > end) end = span.end;
    evidence.add(period === null ? 'date column' : sheet.period.kind === 'file-name' && sheet.period.start === period.start && sheet.period.end === period.end ? 'file name' : 'entered by user');
    valueCount += sheet.valueCount;
    for (const p of sheet.problems) {
      if (warnings.length >= MAX_WARNINGS_PER_CAPTURE) break;
      warnings.push({
        row: cut(`${sheet.sheet} ${p.column}${p.row}`, LABEL_MAX_LENGTH),
        metric: '',
        text: cut(p.text, SHORT_TEXT_MAX_LENGTH),
        // The log keeps the reason in words, as the import's language said it.
        reason: cut(say(p.reason), SHORT_TEXT_MAX_LENGTH),
      });
    }
  }
  const first = sheets[0]!.sheet.sourceKey;
  return {
    origin: 'file_import',
    capturedAt: importedAt,
    source: { console: file.console, pageUrl: '', frameUrl: '', tableKey: cut(first.slice(first.indexOf('|', 5) + 1) || 'file', TABLE_KEY_MAX_LENGTH) },
    sourceKey: first,
    // The span of all imported periods, for the log; each value keeps its own period.
    period: { start, end, guessed: false, evidence: cut(`file ${file.name}: ${[...evidence].join(', ')}`, SHORT_TEXT_MAX_LENGTH) },
    metrics: METRICS.map((m) => m.id).filter((id) => metrics.has(id)),
    headerTexts,
    agentCount: agents.size,
    benchmarkCount: benchmarks.size,
    valueCount,
    file: { name: cut(file.name, SHORT_TEXT_MAX_LENGTH), hash: file.hash },
    warnings,
  };
}

/** Every value of a file's sheets: one record per (row, metric), missing as null, never guessed. */
function recordsOf(file: FilePreview, sheets: readonly PlannedSheet[], captureId: number, capturedAt: string): ValueRecord[] {
  const records: ValueRecord[] = [];
  for (const { sheet, period } of sheets) {
    const key = sheet.sourceKey;
    const ids = sheet.metrics.map((m) => m.id);
    for (const row of sheet.rows) {
      const { start, end } = row.period ?? period!;
      for (let m = 0; m < ids.length; m++) {
        const metric = ids[m]!;
        records.push({
          id: valueId(key, start, end, row.label, metric),
          sourceKey: key,
          console: file.console,
          periodStart: start,
          periodEnd: end,
          periodGuessed: false,
          label: row.label,
          rowKind: row.kind,
          metric,
          value: row.values[m] ?? null,
          captureId,
          capturedAt,
        });
      }
    }
  }
  return records;
}

/**
 * Writes the previewed files the user confirmed: ONE transaction for the whole batch (all or nothing).
 * Each file gets one capture-log entry (origin 'file_import', its name and hash) owning its values;
 * snapshots are merged (lib/db/write-logged-values, shared with the CSV import). Files with an error or
 * without sheets are left out; a file whose hash is already in the log is skipped and named in `skipped`,
 * so importing the same file again changes nothing. Roles a file states (旺旺类型) become the agents' role
 * guesses in the same transaction, never over a role set by hand. A sheet without a period (not in a date column,
 * not in the file name, not entered in `choices.periods`) stops the whole import before any write.
 */
export async function applyReportImport(
  db: KefuDatabase,
  preview: ImportPreview,
  choices: ApplyChoices,
  now: Date = new Date(),
): Promise<ApplyReportResult> {
  const importedAt = now.toISOString();
  const problems: Text[] = [];
  const planned: PlannedFile[] = [];
  const skipped: string[] = [];
  for (const file of preview.files) {
    if (file.error || file.sheets.length === 0) continue;
    if (file.alreadyImported) {
      skipped.push(file.name);
      continue;
    }
    const sheets: PlannedSheet[] = [];
    for (const sheet of file.sheets) {
      const plan = planSheet(file, sheet, choices);
      if ('key' in plan) problems.push(plan);
      else if (sheet.rows.length > 0) sheets.push(plan);
    }
    if (sheets.length === 0) continue;
    const log = logOf(file, sheets, importedAt);
    const checked = captureRecordSchema.safeParse({ ...log, id: 1 });
    if (!checked.success) {
      problems.push(applyMessages.writeFailed(`${file.name}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`));
      continue;
    }
    planned.push({ file, sheets, log });
  }
  if (problems.length > 0) return { ok: false, problems };

  try {
    return await db.transaction('rw', [db.valueMonths, db.captures, db.snapshots, db.agents], async (): Promise<ApplyReportResult> => {
      // Read again inside the transaction: another tab may have imported the same file meanwhile.
      const known = await importedFileHashes(db);
      let files = 0;
      let values = 0;
      const written: FilePreview[] = [];
      for (const { file, sheets, log } of planned) {
        if (known.has(file.hash)) {
          skipped.push(file.name);
          continue;
        }
        known.add(file.hash);
        const result = await writeLoggedValues(db, log, (captureId) => recordsOf(file, sheets, captureId, importedAt));
        files++;
        values += result.valuesWritten;
        written.push(file);
      }
      const roleGuesses = await writeRoleGuesses(db, statedRoles(written));
      return { ok: true, files, values, skipped, roleGuesses };
    });
  } catch (error) {
    return { ok: false, problems: [applyMessages.writeFailed(error instanceof Error ? error.message : String(error))] };
  }
}
