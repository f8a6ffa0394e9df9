import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sitePattern, addUserSite, removeUserSite, type ScriptingApi } from '@/lib/sites';
import { t } from '@/lib/i18n/translate';
import { useDatabase } from '@/components/database-context';
import { reportError } from '@/lib/log';
import { readSyncSettings, syncNeedsPermission } from '@/lib/sync';

const scripting = (): ScriptingApi => browser.scripting;

export function SitesSection() {
  const db = useDatabase();
  const sites = useLiveQuery(() => db.sites.orderBy('pattern').toArray(), [db]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    const parsed = sitePattern(input);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: t('siteInvalid', [input.trim() || '""']) });
      return;
    }
    // The permission prompt must open within the click, before any await.
    browser.permissions.request({ origins: [parsed.pattern] }).then(async (granted) => {
      if (!granted) return setMessage({ tone: 'error', text: t('siteDenied', [parsed.pattern]) });
      await addUserSite(db, scripting(), parsed.pattern);
      setInput('');
      setMessage({ tone: 'ok', text: t('siteAdded', [parsed.pattern]) });
    }, (error: unknown) => setMessage({ tone: 'error', text: String(error) }));
  };

  const onRemove = async (pattern: string) => {
    await removeUserSite(db, scripting(), pattern);
    // A site on the team sync server's host shares its permission: the site goes, sync keeps reaching its server.
    if (syncNeedsPermission(pattern, (await readSyncSettings()).settings)) return;
    // The site is gone from the list and its scripts are unregistered; a permission left behind is kept in the error log.
    await browser.permissions.remove({ origins: [pattern] }).catch((error: unknown) => reportError('sitePermission', error));
  };

  return (
    <section className="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesSection')}</h2>
      <p>{t('sitesDefault')}</p>
      <p className="muted">{t('sitesCustomHint')}</p>
      <form className="actions" onSubmit={onAdd}>
        <input type="text" value={input} onChange={(e) => setInput(e.target.value)} placeholder={t('siteInputPlaceholder')} aria-label={t('siteInputPlaceholder')} data-testid="site-input" />
        <button type="submit" data-testid="site-add">
          {t('siteAdd')}
        </button>
      </form>
      {message && (
        <div className={`notice ${message.tone}`} role="status">
          {message.text}
        </div>
      )}
      <ul className="sites" data-testid="site-list">
        {sites?.length === 0 && <li className="muted">{t('siteNone')}</li>}
        {sites?.map((site) => (
          <li key={site.pattern}>
            <code>{site.pattern}</code>
            <button type="button" onClick={() => onRemove(site.pattern)}>
              {t('siteRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
