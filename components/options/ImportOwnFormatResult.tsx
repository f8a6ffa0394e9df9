import type { ImportFileResult } from '@/lib/io/import-file';
import { t } from '@/lib/i18n/translate';
import { pick } from '@/lib/i18n/ui-language';

const LISTED_PROBLEMS = 20;

/** The outcome of a JSON backup or an export-format CSV (lib/io/import-file.ts), one file. */
export function ImportOwnFormatResult({ name, result }: { name: string; result: ImportFileResult }) {
  if (result.ok) {
    const text = result.kind === 'backup' ? t('importDoneBackup', [name, String(result.values), String(result.captures)]) : t('importDoneCsv', [name, String(result.values)]);
    return (
      <div className="notice ok" role="status" data-testid="import-result" data-status="ok">
        {text}
      </div>
    );
  }
  return (
    <div className="notice error" role="alert" data-testid="import-result" data-status="error">
      {result.unknownType ? t('importUnknownType') : t('importFailed', name)}
      {result.problems.length > 0 && (
        <ul>
          {result.problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
            <li key={i}>{pick(problem)}</li>
          ))}
          {result.problems.length > LISTED_PROBLEMS && <li>{t('importMoreErrors', String(result.problems.length - LISTED_PROBLEMS))}</li>}
        </ul>
      )}
    </div>
  );
}
