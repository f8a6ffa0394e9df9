import { t } from '@/lib/i18n/translate';

/**
 * An agent's choice in options › 团队同步: the account's own database (shops where agents may see only
 * their own numbers; the manager's browser fills it) instead of the whole shop's.
 */
export function SyncOwnDatabaseChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="sync-field">
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-describedby="sync-own-hint" data-testid="sync-own-database" />
        {t('syncOwnDatabase')}
      </label>
      <span className="muted small" id="sync-own-hint">
        {t('syncOwnDatabaseHint')}
      </span>
    </div>
  );
}
