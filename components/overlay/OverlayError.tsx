import { useRef } from 'react';
import { t } from '@/lib/i18n/translate';
import { errorText } from '../errors/error-text';
import { useReportSize } from './use-report-size';
import './overlay.css';

/**
 * The badge after a render error: a small card over the console, not the full notice, that still takes
 * its size in the frame (else the iframe keeps the old card's size, blank) and offers a reload. Hiding
 * it stays possible from the popup.
 */
export function OverlayError({ error }: { error: unknown }) {
  const card = useRef<HTMLDivElement>(null);
  useReportSize(card, 'error');
  return (
    <div ref={card} className="overlay-card collapsed" role="alert" data-testid="overlay-card" data-state="error" title={`${t('surfaceErrorReport')}\n${errorText(error)}`}>
      <span className="overlay-text small">{t('overlayErrorShort')}</span>
      <button type="button" className="overlay-link" onClick={() => location.reload()} data-testid="surface-error-reload">
        {t('surfaceErrorReload')}
      </button>
    </div>
  );
}
