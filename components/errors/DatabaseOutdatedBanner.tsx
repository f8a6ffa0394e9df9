import { t } from '@/lib/i18n/translate';
import './surface-error.css';

/** Shown above a page whose database connection was closed for a newer version's upgrade: reload to go on. */
export function DatabaseOutdatedBanner() {
  return (
    <div className="surface-error db-outdated" role="alert" data-testid="db-outdated">
      <strong>{t('dbOutdatedTitle')}</strong>
      <p>{t('dbOutdatedBody')}</p>
      <button type="button" className="primary" onClick={() => location.reload()} data-testid="db-outdated-reload">
        {t('dbOutdatedReload')}
      </button>
    </div>
  );
}
