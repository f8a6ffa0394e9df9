import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { openDatabase } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import '@/components/theme.css';
import { setDocumentLanguage } from '@/lib/i18n/document-language';

const db = openDatabase();
setDocumentLanguage();
document.title = t('popupTitle');
createRoot(document.getElementById('root')!).render(<PopupApp db={db} />);
