import { useRef } from 'react';
import { t } from '@/lib/i18n/translate';

/** "恢复默认" behind a confirmation dialog: it replaces every version of the role's scheme. */
export function SchemeResetControl({ roleName, onConfirm }: { roleName: string; onConfirm: () => Promise<void> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = async () => {
    await onConfirm();
    dialog.current?.close();
  };
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()} data-testid="scheme-reset">
        {t('schemeReset')}
      </button>
      <dialog ref={dialog} aria-labelledby="scheme-reset-title">
        <h3 id="scheme-reset-title">{t('schemeResetTitle')}</h3>
        <p>{t('schemeResetBody', [roleName])}</p>
        <div className="actions">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} data-testid="scheme-reset-cancel">
            {t('cancel')}
          </button>
          <button type="button" className="danger solid" onClick={confirm} data-testid="scheme-reset-confirm">
            {t('schemeResetConfirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
