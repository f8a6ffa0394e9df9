import { t } from '@/lib/i18n/translate';

/** Where each console keeps the comparison table the extension reads (metrics.md, "Where these tables live"). */
const PLACES: readonly { console: string; path: string; host: string }[] = [
  { console: 'consoleSycm', path: 'spEmptySycmPath', host: 'sycm.taobao.com' },
  { console: 'consoleQianniu', path: 'spEmptyQianniuPath', host: 'myseller.taobao.com' },
  { console: 'consoleChitu', path: 'spEmptyChituPath', host: 'topchitu.com' },
  { console: 'consolePinduoduo', path: 'spEmptyPddPath', host: 'mms.pinduoduo.com' },
  { console: 'consoleJd', path: 'spEmptyJdPath', host: 'kf.jd.com' },
];

/** Nothing captured yet: exactly which page to open, and the import for an existing history. */
export function EmptyState({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <section className="empty-state" data-testid="empty-state" aria-labelledby="empty-title">
      <h1 id="empty-title">{t('spEmptyTitle')}</h1>
      <p>{t('spEmptyIntro')}</p>
      <ol className="empty-places">
        {PLACES.map((place) => (
          <li key={place.console}>
            <b>{t(place.console)}</b>
            <span className="arrow" aria-hidden="true">
              {' '}›{' '}
            </span>
            <span>{t(place.path)}</span> <code className="muted">{place.host}</code>
          </li>
        ))}
      </ol>
      <p>{t('spEmptyThen')}</p>
      <p className="muted small">{t('spEmptyOtherSites')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onOpenOptions} data-testid="open-options">
          {t('spEmptyImport')}
        </button>
      </div>
    </section>
  );
}
