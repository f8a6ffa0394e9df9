import { createRoot } from 'react-dom/client';
import { SurfaceErrorBoundary } from '@/components/errors/SurfaceErrorBoundary';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { OverlayError } from '@/components/overlay/OverlayError';
import { t } from '@/lib/i18n/translate';
import '@/components/theme.css';
import { setDocumentLanguage } from '@/lib/i18n/document-language';

// The page inside the on-page badge's iframe (entrypoints/overlay-host.content.ts frames it on console pages).
// It never opens IndexedDB (a framed page may be refused storage): the background streams its data.
setDocumentLanguage();
document.title = t('overlayFrameTitle');
// A render error leaves a small card with a reload (not the full notice) over the console page.
createRoot(document.getElementById('root')!).render(
  <SurfaceErrorBoundary fallback={(error) => <OverlayError error={error} />}>
    <OverlayApp />
  </SurfaceErrorBoundary>,
);
