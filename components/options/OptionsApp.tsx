import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { DataSection } from './DataSection';
import { SitesSection } from './SitesSection';
import { CaptureLog } from './CaptureLog';
import { ErrorLog } from './ErrorLog';
import { SchemeSection } from './SchemeSection';
import { AgentsSection } from './AgentsSection';
import { HiddenSitesSection } from './HiddenSitesSection';
import { SyncSection } from './SyncSection';
import './options.css';

/** In-page links to each section's heading (the sections own their ids). */
const NAV: { href: string; key: PlainKey }[] = [
  { href: '#scheme-title', key: 'schemeSection' },
  { href: '#agents-title', key: 'agentsSection' },
  { href: '#data-title', key: 'dataSection' },
  { href: '#captures-title', key: 'capturesSection' },
  { href: '#sites-title', key: 'sitesSection' },
  { href: '#sync-title', key: 'syncSection' },
];

export function OptionsApp() {
  return (
    <main className="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p className="muted">{t('optionsPrivacy')}</p>
      </header>
      <nav className="options-nav" aria-label={t('schemeNavLabel')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{t(item.key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SchemeSection />
      <AgentsSection />
      <DataSection />
      <CaptureLog />
      <ErrorLog />
      <SitesSection />
      <HiddenSitesSection />
      <SyncSection />
    </main>
  );
}
