import { useState, type ChangeEvent } from 'react';
import type { KefuDatabase } from '@/lib/db/database';
import { importFile, type ImportFileResult } from '@/lib/io/import-file';
import { t } from '@/lib/i18n/translate';
import { pick } from '@/lib/i18n/ui-language';

const LISTED_PROBLEMS = 20;

type State = { phase: 'idle' } | { phase: 'reading'; name: string } | { phase: 'done'; name: string; result: ImportFileResult };

export function ImportControl({ db }: { db: KefuDatabase }) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: 'reading', name: file.name });
    let result: ImportFileResult;
    try {
      result = await importFile(db, await file.text());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { ok: false, problems: [{ zh: message, en: message }] };
    }
    setState({ phase: 'done', name: file.name, result });
    input.value = ''; // the same file can be picked again
  };

  return (
    <>
      <label className="file-button">
        {t('importLabel')}
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="import-file" onChange={onChange} />
      </label>
      {state.phase !== 'idle' && (
        <div className="import-outcome" style={{ flexBasis: '100%' }}>
          {state.phase === 'reading' ? <div className="notice">{t('importReading', state.name)}</div> : <Outcome name={state.name} result={state.result} />}
        </div>
      )}
    </>
  );
}

function Outcome({ name, result }: { name: string; result: ImportFileResult }) {
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
