import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { clearErrors, recentErrors, type ErrorKind } from '@/lib/log';
import { formatDateTime } from '../format-date-time';

const SHOWN = 20;

/** The locale key of each kind's plain-words sentence. */
const KIND_KEYS: Record<ErrorKind, PlainKey> = {
  databaseOpen: 'errorDatabaseOpen',
  captureWrite: 'errorCaptureWrite',
  captureRefused: 'errorCaptureRefused',
  overlayPort: 'errorOverlayPort',
  siteScripts: 'errorSiteScripts',
  captureNow: 'errorCaptureNow',
  sitePermission: 'errorSitePermission',
  storageFull: 'errorStorageFull',
  viewPref: 'errorViewPref',
  syncPass: 'errorSyncPass',
};

/** What went wrong out of sight (background, badge port, site scripts): shown only while there is something. */
export function ErrorLog() {
  const errors = useLiveQuery(() => recentErrors(SHOWN), []);
  if (!errors?.length) return null;
  return (
    <section className="card" aria-labelledby="errors-title" data-testid="error-log">
      <h2 id="errors-title">{t('errorLogSection')}</h2>
      <p className="muted">{t('errorLogHint')}</p>
      <table className="log">
        <thead>
          <tr>
            <th>{t('errorLogColTime')}</th>
            <th>{t('errorLogColWhat')}</th>
            <th>{t('errorLogColDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((entry) => (
            <tr key={entry.id} data-testid="error-row" data-kind={entry.kind}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{t(KIND_KEYS[entry.kind])}</td>
              <td className="muted">{entry.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => void clearErrors()} data-testid="error-log-clear">
          {t('errorLogClear')}
        </button>
      </div>
    </section>
  );
}
