import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { openDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n/translate';
import '@/components/theme.css';

const db = openDatabase();
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('zh') ? 'zh-CN' : 'en';
document.title = t('popupTitle');
createRoot(document.getElementById('root')!).render(<PopupApp db={db} />);
