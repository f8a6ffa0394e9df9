import { t } from '@/lib/i18n/translate';
import type { SyncStatus } from '@/lib/sync';
import { formatDateTime } from '../format-date-time';
import { conflictWords, problemWords, STATE_KEYS } from './sync-words';

/** Sync's status in plain words: state, last success, pending changes, the last problem with what to do, conflicts. */
export function SyncStatusView({ status }: { status: SyncStatus }) {
  const pass = status.lastPass;
  const problem = pass?.problem ?? null;
  const conflicts = status.recentConflicts ?? pass?.conflicts ?? [];
  return (
    <div className="sync-status" data-testid="sync-status" data-state={status.state}>
      <h3>
        {t('syncStatusTitle')}: <span className={`badge ${status.state === 'error' ? 'error' : status.state === 'idle' ? 'ok' : ''}`}>{t(STATE_KEYS[status.state])}</span>
      </h3>
      <p>{status.lastSuccessAt ? t('syncLastSuccess', [formatDateTime(status.lastSuccessAt)]) : t('syncNeverSynced')}</p>
      {pass && (
        <p className="muted">
          {t('syncLastPass', [formatDateTime(pass.at), pass.pushed.toLocaleString(), pass.pulled.toLocaleString()])} {t('syncPending', [pass.pending.toLocaleString()])}
        </p>
      )}
      {problem && (
        <div className="notice error" role="alert" data-testid="sync-problem" data-code={problem.code}>
          {problemWords(problem).map((words) => (
            <p key={words}>{words}</p>
          ))}
          {problem.shop && <p className="small">{t('syncProblemShop', [problem.shop])}</p>}
          {problem.detail && <p className="small muted">{t('syncProblemDetail', [problem.detail])}</p>}
        </div>
      )}
      {conflicts.length > 0 && (
        <div className="notice" data-testid="sync-conflicts">
          <p>{t('syncConflictsTitle')}</p>
          <ul className="sync-conflicts">
            {conflicts.map((c) => (
              <li key={`${c.id}|${c.lostEditAt ?? ''}`} data-testid="sync-conflict" data-id={c.id}>
                <span data-testid="sync-conflict-words">{conflictWords(c)}</span>
                {c.lostEditAt && <span className="muted"> · {t('syncConflictLostAt', [formatDateTime(c.lostEditAt)])}</span>}
                <details>
                  <summary>{t('syncConflictShowLost')}</summary>
                  <pre>{JSON.stringify(c.lost, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
