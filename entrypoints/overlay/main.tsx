import { createRoot } from 'react-dom/client';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { t } from '@/lib/i18n/translate';
import '@/components/theme.css';
import { setDocumentLanguage } from '@/lib/i18n/document-language';

// The page inside the on-page badge's iframe (entrypoints/overlay-host.content.ts frames it on console pages).
// It never opens IndexedDB (a framed page may be refused storage): the background streams its data.
setDocumentLanguage();
document.title = t('overlayFrameTitle');
createRoot(document.getElementById('root')!).render(<OverlayApp />);
