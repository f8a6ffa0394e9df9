import type { FilePreview } from '@/lib/import';
import { say, t } from '@/lib/i18n/translate';
import { formatFileSize } from '@/lib/options';
import { consoleName } from '@/components/console-name';
import { ReportPreviewSheet, type PeriodInput } from './ReportPreviewSheet';

interface Props {
  file: FilePreview;
  today: string;
  inputs: Record<string, PeriodInput>;
  disabled: boolean;
  onPeriod: (sheetId: string, input: PeriodInput) => void;
}

/** One picked report file: its console, and either its tables, why it cannot be read, or that it is known. */
export function ReportPreviewFile({ file, today, inputs, disabled, onPeriod }: Props) {
  const status = file.error ? 'error' : file.alreadyImported ? 'known' : 'ready';
  return (
    <article className={`report-file ${status}`} data-testid="import-preview-file" data-name={file.name} data-status={status} aria-label={file.name}>
      <header className="report-file-head">
        <b className="report-file-name">{file.name}</b>
        <span className="muted small">{formatFileSize(file.size)}</span>
        {!file.error && <span className="badge plain" data-testid="import-console" data-console={file.console}>{t('importReportConsole', [consoleName(file.console)])}</span>}
        {file.alreadyImported && (
          <span className="badge ok" data-testid="import-already-imported">
            {file.duplicateOf === null ? t('importReportAlreadyImported') : t('importReportDuplicate')}
          </span>
        )}
      </header>

      {file.error ? (
        <p className="notice error" data-testid="import-file-error">
          {t('importReportFileError')} {say(file.error)}
        </p>
      ) : file.alreadyImported ? (
        <p className="muted small">{file.duplicateOf === null ? t('importReportAlreadyImportedNote') : t('importReportDuplicateNote', [file.duplicateOf])}</p>
      ) : file.sheets.length === 0 ? (
        <p className="notice error" data-testid="import-file-error">
          {t('importReportFileError')} {t('importReportNoTable')}
        </p>
      ) : (
        file.sheets.map((sheet) => (
          <ReportPreviewSheet key={sheet.id} sheet={sheet} today={today} input={inputs[sheet.id]} disabled={disabled} onPeriod={(input) => onPeriod(sheet.id, input)} />
        ))
      )}

      {!file.error && !file.alreadyImported && file.skippedSheets.length > 0 && (
        <p className="muted small" data-testid="import-skipped-sheets">
          <span className="label-lead">{t('importReportSkippedSheets')}</span>
          {file.skippedSheets.map((s, i) => (
            <span key={`${s.sheet}|${i}`}>
              {i > 0 && t('importReportListSeparator')}
              {t('importReportSkippedSheet', [s.sheet, say(s.reason)])}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
