import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { openDatabase } from '@/lib/db/database';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';
import { setDocumentLanguage } from '@/lib/i18n/document-language';

// No live-query cache: the panel's reads are narrow index ranges, and Dexie's cache would clone every
// result (thousands of values per agent) before the first chart can draw.
const db = openDatabase(undefined, { cache: 'disabled' });
// Open the connection now, while React renders, rather than at the first query.
void db.open().catch(() => undefined);
setDocumentLanguage();
document.title = t('spTitle');
createRoot(document.getElementById('root')!).render(<SidePanelApp db={db} />);
