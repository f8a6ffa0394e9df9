import { useState } from 'react';
import type { MonthReview } from '@/lib/analysis';
import { say, t } from '@/lib/i18n/translate';
import { monthCsv, type MonthExportFormat, monthExportFileName, monthExportTable, monthRulesTable, monthXlsx } from '@/lib/io';
import { downloadText } from '../download-text';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Builds the month's file for payroll (issue 12) and hands it to the browser; the review itself is never changed. */
async function exportMonth(review: MonthReview, format: MonthExportFormat): Promise<string> {
  const table = monthExportTable(review, say);
  const fileName = monthExportFileName(review.month, format, say);
  if (format === 'csv') {
    downloadText(fileName, monthCsv(table), 'text/csv;charset=utf-8');
  } else {
    const names = { review: t('monthExportSheetReview'), rules: t('monthExportSheetRules') };
    downloadText(fileName, await monthXlsx(table, monthRulesTable(review, say), names), XLSX_MIME);
  }
  return fileName;
}

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; reason: string };

/** 导出 Excel / 导出 CSV for the month shown: disabled with the reason when no agent has a row. */
export function MonthExportButtons({ review }: { review: MonthReview }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const empty = review.rows.length === 0;
  const disabledReason = empty ? t('monthExportNoRows') : undefined;
  const run = (format: MonthExportFormat) => {
    setState({ kind: 'working' });
    exportMonth(review, format).then(
      (fileName) => setState({ kind: 'saved', fileName }),
      (error: unknown) => setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };
  const busy = state.kind === 'working';
  return (
    <div className="month-export">
      <button type="button" data-testid="month-export-xlsx" disabled={empty || busy} title={disabledReason} onClick={() => run('xlsx')}>
        {t('monthExportXlsx')}
      </button>{' '}
      <button type="button" data-testid="month-export-csv" disabled={empty || busy} title={disabledReason} onClick={() => run('csv')}>
        {t('monthExportCsv')}
      </button>
      {empty && <span className="small"> {disabledReason}</span>}
      {state.kind === 'working' && <span className="small" role="status"> {t('monthExportWorking')}</span>}
      {state.kind === 'saved' && (
        <span className="small" role="status" data-testid="month-export-result" data-status="ok">
          {' '}
          {t('monthExportSaved', [state.fileName])}
        </span>
      )}
      {state.kind === 'failed' && (
        <span className="small" role="alert" data-testid="month-export-result" data-status="error">
          {' '}
          {t('monthExportFailed', [state.reason])}
        </span>
      )}
    </div>
  );
}
