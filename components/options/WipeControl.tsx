import { useRef, useState } from 'react';
import { type KefuDatabase, wipeAll } from '@/lib/db';
import { t } from '@/lib/i18n/translate';

export function WipeControl({ db }: { db: KefuDatabase }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);

  const confirm = async () => {
    await wipeAll(db);
    dialog.current?.close();
    setDone(true);
  };

  return (
    <>
      <button type="button" className="danger" data-testid="wipe-data" onClick={() => (setDone(false), dialog.current?.showModal())}>
        {t('wipeButton')}
      </button>
      {done && (
        <span role="status" data-testid="wipe-result">
          {t('wipeDone')}
        </span>
      )}
      <dialog ref={dialog} aria-labelledby="wipe-title">
        <h3 id="wipe-title">{t('wipeTitle')}</h3>
        <p>{t('wipeBody')}</p>
        <div className="actions">
          <button type="button" autoFocus onClick={() => dialog.current?.close()} data-testid="wipe-cancel">
            {t('cancel')}
          </button>
          <button type="button" className="danger solid" onClick={confirm} data-testid="wipe-confirm">
            {t('wipeConfirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
