import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { openDatabase } from '@/lib/db/database';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';

const db = openDatabase();
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('zh') ? 'zh-CN' : 'en';
document.title = t('spTitle');
createRoot(document.getElementById('root')!).render(<SidePanelApp db={db} />);
