import { t } from '@/lib/i18n/translate';

/** On an agent's synced browser, above the scheme and the agents: these are the manager's, shown read-only. */
export function ManagedBanner() {
  return (
    <p className="notice managed-banner" role="note" data-testid="managed-banner">
      {t('syncManagedBanner')}
    </p>
  );
}
