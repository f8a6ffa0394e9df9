import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { startFirstReads } from '@/components/sidepanel/use-panel-data';
import { openDatabase } from '@/lib/db';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';
import { setDocumentLanguage } from '@/lib/i18n/document-language';
import { localToday, parsePanelHash } from '@/lib/sidepanel';

const route = parsePanelHash(location.hash);
// No live-query cache: the panel's reads are narrow index ranges, and Dexie's cache would clone every
// result (thousands of values per agent) before the first chart can draw.
const db = openDatabase(undefined, { cache: 'disabled' });
void db.open().catch(() => undefined);
// The first reads start now and run while React renders (the components take them over).
startFirstReads(db, route, localToday());
setDocumentLanguage();
document.title = t('spTitle');
createRoot(document.getElementById('root')!).render(<SidePanelApp db={db} />);
