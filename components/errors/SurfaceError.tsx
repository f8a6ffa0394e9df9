import { t } from '@/lib/i18n/translate';
import { errorText } from './error-text';
import './surface-error.css';

/**
 * What a surface shows when it failed to render: that the stored data is safe, a reload, and whom to
 * give the error text to (nothing is sent anywhere: the extension has no network).
 */
export function SurfaceError({ error }: { error: unknown }) {
  return (
    <main className="surface-error" role="alert" data-testid="surface-error">
      <h1>{t('surfaceErrorTitle')}</h1>
      <p>{t('surfaceErrorSafe')}</p>
      <p>
        <button type="button" className="primary" onClick={() => location.reload()} data-testid="surface-error-reload">
          {t('surfaceErrorReload')}
        </button>
      </p>
      <p>{t('surfaceErrorReport')}</p>
      <details>
        <summary>{t('surfaceErrorDetails')}</summary>
        <pre data-testid="surface-error-text">{errorText(error)}</pre>
      </details>
    </main>
  );
}
