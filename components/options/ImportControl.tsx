import { useState } from 'react';
import { importFile, type ImportFileResult } from '@/lib/io';
import { applyReportImport, readReportFiles, type ApplyReportResult, type ImportPreview } from '@/lib/import';
import { splitImportBatch, applyChoices, importWriteProblem, type PeriodInputs } from '@/lib/options';
import { isoDate, text } from '@/lib/model';
import { t } from '@/lib/i18n/translate';
import { ImportDropZone } from './ImportDropZone';
import { ImportOwnFormatResult } from './ImportOwnFormatResult';
import { ImportReportResult } from './ImportReportResult';
import { ReportPreview } from './ReportPreview';
import type { PeriodInput } from './ReportPreviewSheet';
import { useDatabase } from '@/components/database-context';

interface OwnFormatOutcome {
  name: string;
  result: ImportFileResult;
}

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; count: number }
  | { phase: 'preview'; own: OwnFormatOutcome[]; preview: ImportPreview; inputs: PeriodInputs; applying: boolean }
  | { phase: 'done'; own: OwnFormatOutcome[]; report: ApplyReportResult | null; unreadable: string[] };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The import area of the options page. The extension's own files (JSON backup, export-format CSV) are
 * validated and written at once, as before; console report files (.xlsx/.xls/other .csv) are read into a
 * preview and written only on confirm, all in one transaction.
 */
export function ImportControl() {
  const db = useDatabase();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const today = isoDate(new Date());
  const busy = state.phase === 'reading' || (state.phase === 'preview' && state.applying);

  const onFiles = async (files: File[]) => {
    setState({ phase: 'reading', count: files.length });
    const picked = await Promise.all(files.map(async (file) => ({ file, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const { ownFormat, reports } = splitImportBatch(picked);

    const own: OwnFormatOutcome[] = [];
    for (const { file, name } of ownFormat) {
      let result: ImportFileResult;
      try {
        result = await importFile(db, await file.text());
      } catch (error) {
        result = { ok: false, problems: [importWriteProblem(error)] };
      }
      own.push({ name, result });
    }
    if (reports.length === 0) return setState({ phase: 'done', own, report: null, unreadable: [] });

    try {
      const preview = await readReportFiles(
        reports.map(({ name, bytes }) => ({ name, bytes })),
        { today, db },
      );
      setState({ phase: 'preview', own, preview, inputs: {}, applying: false });
    } catch (error) {
      setState({ phase: 'done', own, report: { ok: false, problems: [text('importReportReadFailed', messageOf(error))] }, unreadable: [] });
    }
  };

  const onPeriod = (sheetId: string, input: PeriodInput) =>
    setState((s) => (s.phase === 'preview' ? { ...s, inputs: { ...s.inputs, [sheetId]: input } } : s));

  const onConfirm = async () => {
    if (state.phase !== 'preview') return;
    const { own, preview, inputs } = state;
    setState({ ...state, applying: true });
    let report: ApplyReportResult;
    try {
      report = await applyReportImport(db, preview, applyChoices(preview, inputs));
    } catch (error) {
      report = { ok: false, problems: [importWriteProblem(error)] };
    }
    const unreadable = preview.files.filter((f) => f.error !== null || (!f.alreadyImported && f.sheets.length === 0)).map((f) => f.name);
    setState({ phase: 'done', own, report, unreadable });
  };

  return (
    <div className="import-area">
      <ImportDropZone disabled={busy} onFiles={(files) => void onFiles(files)} />
      {state.phase === 'reading' && (
        <div className="notice" role="status">
          {t('importReportReading', state.count)}
        </div>
      )}
      {(state.phase === 'preview' || state.phase === 'done') &&
        state.own.map((o, i) => <ImportOwnFormatResult key={`${o.name}|${i}`} name={o.name} result={o.result} />)}
      {state.phase === 'preview' && (
        <ReportPreview
          preview={state.preview}
          today={today}
          inputs={state.inputs}
          applying={state.applying}
          onPeriod={onPeriod}
          onConfirm={() => void onConfirm()}
          onCancel={() => setState({ phase: 'idle' })}
        />
      )}
      {state.phase === 'done' && state.report && <ImportReportResult result={state.report} unreadable={state.unreadable} />}
    </div>
  );
}
