import { createRoot } from 'react-dom/client';
import { DatabaseProvider } from '@/components/database-context';
import { SurfaceErrorBoundary } from '@/components/errors/SurfaceErrorBoundary';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { startFirstReads } from '@/components/sidepanel/use-panel-data';
import { openDatabase } from '@/lib/db';
import { reportError } from '@/lib/log';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';
import { setDocumentLanguage } from '@/lib/i18n/document-language';
import { localToday, parsePanelHash } from '@/lib/sidepanel';
import { sendMessage } from '@/lib/messages';

const route = parsePanelHash(location.hash);
// No live-query cache: the panel's reads are narrow index ranges, and Dexie's cache would clone every
// result (thousands of values per agent) before the first chart can draw.
const db = openDatabase(undefined, { cache: 'disabled' });
// A failed open is kept for the options page (the panel's own reads then fail with the same error).
void db.open().catch((error: unknown) => reportError('databaseOpen', error));
// The first reads start now and run while React renders (the components take them over).
startFirstReads(db, route, localToday());
setDocumentLanguage();
document.title = t('spTitle');
// Team sync: a pass when a surface opens (the background does nothing while sync is off). A nudge lost
// while the worker starts is made up by the next alarm, so a failure needs no word.
sendMessage('syncRequest', 'surfaceOpened').catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <SurfaceErrorBoundary>
    <DatabaseProvider db={db}>
      <SidePanelApp />
    </DatabaseProvider>
  </SurfaceErrorBoundary>,
);
