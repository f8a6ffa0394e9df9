import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '@/components/database-context';
import { SurfaceErrorBoundary } from '@/components/errors/SurfaceErrorBoundary';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase } from '@/lib/db';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';
import { setDocumentLanguage } from '@/lib/i18n/document-language';
import { sendMessage } from '@/lib/messages';

const db = openDatabase();
setDocumentLanguage();
document.title = t('optionsTitle');
// Team sync: a pass when a surface opens (the background does nothing while sync is off). A nudge lost
// while the worker starts is made up by the next alarm, so a failure needs no word.
sendMessage('syncRequest', 'surfaceOpened').catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <SurfaceErrorBoundary>
    <DatabaseProvider db={db}>
      <OptionsApp />
    </DatabaseProvider>
  </SurfaceErrorBoundary>,
);
