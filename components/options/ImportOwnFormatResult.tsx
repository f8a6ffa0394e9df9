import type { ImportFileResult } from '@/lib/io';
import { t } from '@/lib/i18n/translate';
import { ImportProblemList } from './ImportProblemList';


/** The outcome of a JSON backup or an export-format CSV (lib/io/import-file.ts), one file. */
export function ImportOwnFormatResult({ name, result }: { name: string; result: ImportFileResult }) {
  if (result.ok) {
    const text = result.kind === 'backup' ? t('importDoneBackup', [name, t('countValues', result.values), t('countCaptureLogEntries', result.captures)]) : t('importDoneCsv', result.values, [name, result.values]);
    return (
      <div className="notice ok" role="status" data-testid="import-result" data-status="ok">
        {text}
      </div>
    );
  }
  return (
    <div className="notice error" role="alert" data-testid="import-result" data-status="error">
      {result.unknownType ? t('importUnknownType') : t('importFailed', [name])}
      {result.problems.length > 0 && <ImportProblemList problems={result.problems} />}
    </div>
  );
}
