import { useEffect, useRef } from 'react';
import type { ImportPreview } from '@/lib/import';
import { t } from '@/lib/i18n/translate';
import { confirmState, previewOutcome } from '@/lib/options';
import { ReportPreviewFile } from './ReportPreviewFile';
import type { PeriodInput } from './ReportPreviewSheet';

interface Props {
  preview: ImportPreview;
  today: string;
  inputs: Record<string, PeriodInput>;
  applying: boolean;
  onPeriod: (sheetId: string, input: PeriodInput) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the picked report files hold, before anything is written; one confirm writes them all at once. */
export function ReportPreview({ preview, today, inputs, applying, onPeriod, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the preview, not back at the file button.
  useEffect(() => heading.current?.focus(), [preview]);

  const state = confirmState(preview, inputs, today);
  const outcome = previewOutcome(preview);
  return (
    <section className="report-preview" data-testid="import-preview" aria-labelledby="import-preview-title" aria-busy={applying}>
      <h3 id="import-preview-title" ref={heading} tabIndex={-1}>
        {t('importReportPreviewTitle')}
      </h3>
      <p className="muted">{t('importReportPreviewLead')}</p>
      <p data-testid="import-summary">
        {t('importReportSummary', [t('countFiles', preview.files.length), t('countTables', state.sheets), t('countValues', state.values, [state.values.toLocaleString()])])}
      </p>

      {preview.files.map((file) => (
        <ReportPreviewFile key={file.id} file={file} today={today} inputs={inputs} disabled={applying} onPeriod={onPeriod} />
      ))}

      {outcome && (
        <div className={`notice ${outcome === 'error' ? 'error' : 'ok'}`} role="status" data-testid="import-result" data-status={outcome}>
          {outcome === 'error' ? t('importReportNothingError') : t('importReportNothingKnown')}
        </div>
      )}

      <div className="actions report-actions">
        <button type="button" className="primary" data-testid="import-confirm" disabled={!state.ready || applying} onClick={onConfirm}>
          {applying ? t('importReportApplying') : t('importReportConfirm')}
        </button>
        <button type="button" data-testid="import-cancel" disabled={applying} onClick={onCancel}>
          {t('importReportCancel')}
        </button>
        {state.block === 'periods-needed' && (
          <span className="warn-text" data-testid="import-needs-period">
            {t('importReportNeedsPeriod', state.pendingPeriods.length)}
          </span>
        )}
      </div>
    </section>
  );
}
