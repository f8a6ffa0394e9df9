import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readPref } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import { showHost } from '@/lib/overlay';
import { useDatabase } from '@/components/database-context';

/** Hosts where the agent hid the on-page badge, each with "show again". */
export function HiddenSitesSection() {
  const db = useDatabase();
  const overlay = useLiveQuery(() => readPref(db, 'overlay'), [db]);
  const [shown, setShown] = useState<string | null>(null);
  const hosts = overlay ? [...overlay.hiddenHosts].sort() : undefined;

  const onShow = async (host: string) => {
    await showHost(db, host);
    setShown(host);
  };

  return (
    <section className="card" aria-labelledby="hidden-sites-title" id="hidden-sites">
      <h2 id="hidden-sites-title">{t('hiddenSitesSection')}</h2>
      <p className="muted">{t('hiddenSitesHint')}</p>
      <ul className="sites" data-testid="hidden-site-list">
        {hosts?.length === 0 && <li className="muted">{t('hiddenSitesNone')}</li>}
        {hosts?.map((host) => (
          <li key={host} data-testid="hidden-site" data-host={host}>
            <code>{host}</code>
            <button type="button" onClick={() => onShow(host)} aria-label={t('hiddenSitesShowLabel', [host])}>
              {t('hiddenSitesShow')}
            </button>
          </li>
        ))}
      </ul>
      {shown && (
        <div className="notice ok" role="status">
          {t('hiddenSitesShown', [shown])}
        </div>
      )}
    </section>
  );
}
