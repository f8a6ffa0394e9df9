import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase } from '@/lib/db';
import '@/components/theme.css';
import { t } from '@/lib/i18n/translate';
import { setDocumentLanguage } from '@/lib/i18n/document-language';

const db = openDatabase();
setDocumentLanguage();
document.title = t('optionsTitle');
createRoot(document.getElementById('root')!).render(<OptionsApp db={db} />);
