import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase } from '@/lib/db/database';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';

const db = openDatabase();
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('zh') ? 'zh-CN' : 'en';
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(<OptionsApp db={db} />);
