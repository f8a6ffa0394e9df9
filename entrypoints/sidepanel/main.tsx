import { createRoot } from 'react-dom/client';
import { loadTrendChart } from '@/components/charts/DeferredTrendChart';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { openDatabase } from '@/lib/db/database';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';
import { setDocumentLanguage } from '@/lib/i18n/document-language';
import { parsePanelHash } from '@/lib/sidepanel/panel-hash';

// The chart code loads beside the first reads, unless the panel opens on the team (no chart there).
if (parsePanelHash(location.hash)?.view !== 'team') void loadTrendChart();
// No live-query cache: the panel's reads are narrow index ranges, and Dexie's cache would clone every
// result (thousands of values per agent) before the first chart can draw.
const db = openDatabase(undefined, { cache: 'disabled' });
// Open the connection now, while React renders, rather than at the first query.
void db.open().catch(() => undefined);
setDocumentLanguage();
document.title = t('spTitle');
createRoot(document.getElementById('root')!).render(<SidePanelApp db={db} />);
