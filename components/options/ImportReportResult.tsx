import type { ApplyReportResult } from '@/lib/import';
import { t } from '@/lib/i18n/translate';
import { ImportProblemList } from './ImportProblemList';

/** After confirm: what was written, what was skipped (known before) or left out (unreadable), or why nothing was. */
export function ImportReportResult({ result, unreadable }: { result: ApplyReportResult; unreadable: readonly string[] }) {
  if (result.ok) {
    return (
      <div className="notice ok" role="status" data-testid="import-result" data-status="ok" data-files={result.files} data-values={result.values}>
        {t('importReportDone', [t('countFiles', result.files), t('countValues', result.values, [result.values.toLocaleString()])])}
        {result.roleGuesses > 0 && (
          <p className="muted small" data-testid="import-role-guesses" data-count={result.roleGuesses}>
            {t('importReportRoleGuesses', result.roleGuesses)}
          </p>
        )}
        {result.skipped.length > 0 && (
          <p className="muted small" data-testid="import-skipped">
            {t('importReportSkipped', [result.skipped.join(t('importReportListSeparator'))])}
          </p>
        )}
        {unreadable.length > 0 && (
          <p className="muted small" data-testid="import-not-imported">
            {t('importReportNotImported', [unreadable.join(t('importReportListSeparator'))])}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="notice error" role="alert" data-testid="import-result" data-status="error">
      {t('importReportFailed')}
      <ImportProblemList problems={result.problems} />
    </div>
  );
}
