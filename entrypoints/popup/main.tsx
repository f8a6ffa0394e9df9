import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '@/components/database-context';
import { SurfaceErrorBoundary } from '@/components/errors/SurfaceErrorBoundary';
import { PopupApp } from '@/components/popup/PopupApp';
import { openDatabase } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import '@/components/theme.css';
import { setDocumentLanguage } from '@/lib/i18n/document-language';

const db = openDatabase();
setDocumentLanguage();
document.title = t('popupTitle');
createRoot(document.getElementById('root')!).render(
  <SurfaceErrorBoundary>
    <DatabaseProvider db={db}>
      <PopupApp />
    </DatabaseProvider>
  </SurfaceErrorBoundary>,
);
