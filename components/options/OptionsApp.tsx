import type { KefuDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n/translate';
import { DataSection } from './DataSection';
import { SitesSection } from './SitesSection';
import { CaptureLog } from './CaptureLog';
import './options.css';

export function OptionsApp({ db }: { db: KefuDatabase }) {
  return (
    <main className="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p className="muted">{t('optionsPrivacy')}</p>
      </header>
      <DataSection db={db} />
      <CaptureLog db={db} />
      <SitesSection db={db} />
    </main>
  );
}
