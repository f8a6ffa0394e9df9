import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { knownLabels } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messages';
import { reportError } from '@/lib/log';
import { userSitePatterns } from '@/lib/sites';
import {
  checkSyncForm,
  firstPassEnded,
  forgetSyncPassword,
  hasSyncPassword,
  knownShops,
  parseServerUrl,
  storeSyncPassword,
  switchSyncOff,
  switchSyncOn,
  type SyncForm,
  type SyncFormProblem,
  type SyncRole,
  type SyncSettings,
  type SyncSwitchDeps,
  writeSyncSettings,
} from '@/lib/sync';
import { useDatabase } from '@/components/database-context';
import { formProblemWords } from './sync-words';
import { SyncOwnDatabaseChoice } from './SyncOwnDatabaseChoice';
import { SyncShopPicker } from './SyncShopPicker';
import { SyncStatusView } from './SyncStatusView';
import { useSyncState } from './use-sync-state';

/** `switchedOnAt`: the "first sync is running" message, true until a pass ends after that time. */
type Message = { tone: 'ok' | 'error'; text: string; switchedOnAt?: string } | null;

const formOf = (settings: SyncSettings): SyncForm => ({ serverUrl: settings.serverUrl, username: settings.username, password: '', role: settings.role, shops: settings.shops, ownDatabase: settings.ownDatabase === true });

/**
 * Options › 团队同步: off by default. Switching on checks the form, then asks the browser for the one
 * server origin; the password goes to the engine's encrypted store and is never shown again. The status
 * below follows what the background writes after each pass.
 */
export function SyncSection() {
  const db = useDatabase();
  const { settings, damaged, status } = useSyncState();
  const labels = useLiveQuery(() => knownLabels(db), [db]);
  const known = useMemo(() => knownShops(labels ?? []), [labels]);
  // null until edited: the form shows what is stored; once edited, later storage changes (a pass's status) leave the edits alone.
  const [draft, setForm] = useState<SyncForm | null>(null);
  const [passwordStored, setPasswordStored] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const [problems, setProblems] = useState<SyncFormProblem[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  const form = draft ?? (settings ? formOf(settings) : null);
  useEffect(() => {
    void hasSyncPassword().then(setPasswordStored);
  }, [settings?.enabled]);

  if (!settings || !form) {
    return (
      <section className="card" aria-labelledby="sync-title" id="sync">
        <h2 id="sync-title">{t('syncSection')}</h2>
      </section>
    );
  }

  const deps: SyncSwitchDeps = {
    permissions: browser.permissions,
    writeSettings: writeSyncSettings,
    storePassword: storeSyncPassword,
    forgetPassword: forgetSyncPassword,
    userSitePatterns: () => userSitePatterns(db),
  };
  const edit = (next: Partial<SyncForm>) => setForm({ ...form, ...next });
  const problemOf = (field: SyncFormProblem['field']) => problems.find((p) => p.field === field);
  const fail = (error: unknown) => setMessage({ tone: 'error', text: String(error) });

  /** Switch on, or save while on: the permission is asked inside this click, before anything awaits. */
  const turnOn = () => {
    const checked = checkSyncForm(form, passwordStored && !changingPassword);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    setBusy(true);
    // Before switching: the background may start and end the first pass before switchSyncOn resolves.
    const switchedOnAt = new Date().toISOString();
    switchSyncOn(deps, checked.settings, checked.pattern, form.password, settings)
      .then((outcome) => {
        if (!outcome.ok) return setMessage({ tone: 'error', text: t('syncPermissionRefused', [checked.settings.serverUrl]) });
        setForm({ ...formOf(checked.settings), password: '' });
        setChangingPassword(false);
        setPasswordStored(true);
        setMessage(settings.enabled ? { tone: 'ok', text: t('syncSaved') } : { tone: 'ok', text: t('syncSwitchedOn'), switchedOnAt });
      }, fail)
      .finally(() => setBusy(false));
  };

  const turnOff = () => {
    setBusy(true);
    switchSyncOff(deps, settings)
      .then(() => {
        setPasswordStored(false);
        setMessage({ tone: 'ok', text: t('syncSwitchedOff') });
      }, fail)
      .finally(() => setBusy(false));
  };

  /** While off the fields are kept for later (no password, no permission); the address is still checked. */
  const saveWhileOff = () => {
    const url = form.serverUrl.trim() === '' ? null : parseServerUrl(form.serverUrl);
    if (url && !url.ok) return setProblems([{ field: 'serverUrl', reason: url.reason }]);
    setProblems([]);
    const own = form.role === 'agent' && form.ownDatabase === true;
    writeSyncSettings({ enabled: false, serverUrl: url?.url ?? '', username: form.username.trim(), role: form.role, shops: [...form.shops], ...(own ? { ownDatabase: true } : {}) }).then(
      () => setMessage({ tone: 'ok', text: t('syncSaved') }),
      fail,
    );
  };

  const syncNow = () => {
    setBusy(true);
    sendMessage('syncRequest', 'syncNow')
      .catch((error: unknown) => reportError('syncPass', error))
      .finally(() => setBusy(false));
  };

  const checkUrlOnBlur = () => {
    const url = parseServerUrl(form.serverUrl);
    setProblems((all) => [...all.filter((p) => p.field !== 'serverUrl'), ...(url.ok || form.serverUrl.trim() === '' ? [] : [{ field: 'serverUrl' as const, reason: url.reason }])]);
  };

  const urlProblem = problemOf('serverUrl');
  const showPasswordInput = !passwordStored || changingPassword;
  const ownOnly = form.role === 'agent' && form.ownDatabase === true;
  const messageText = message?.switchedOnAt && firstPassEnded(status, message.switchedOnAt) ? t('syncSwitchedOnDone') : message?.text;

  return (
    <section className="card" aria-labelledby="sync-title" id="sync" data-testid="sync-section" data-enabled={settings.enabled}>
      <h2 id="sync-title">{t('syncSection')}</h2>
      <p>{t('syncIntro')}</p>
      {damaged && <p className="notice error">{t('syncSettingsDamaged')}</p>}
      <label className="check sync-switch">
        <input type="checkbox" checked={settings.enabled} disabled={busy} onChange={(e) => (e.currentTarget.checked ? turnOn() : turnOff())} data-testid="sync-enabled" />
        {t('syncEnable')}
      </label>

      <div className="sync-form">
        <label className="sync-field">
          <span>{t('syncServerUrl')}</span>
          <input
            type="url"
            value={form.serverUrl}
            onChange={(e) => edit({ serverUrl: e.currentTarget.value })}
            onBlur={checkUrlOnBlur}
            placeholder="https://couch.example.com:6984"
            aria-invalid={urlProblem ? true : undefined}
            aria-describedby="sync-url-hint"
            data-testid="sync-url"
          />
          <span className="muted small" id="sync-url-hint">
            {t('syncServerUrlHint')}
          </span>
          {urlProblem && (
            <span className="field-issues" role="alert" data-testid="sync-url-problem" data-reason={urlProblem.reason}>
              {formProblemWords(urlProblem, form.serverUrl)}
            </span>
          )}
        </label>
        <label className="sync-field">
          <span>{t('syncUsername')}</span>
          <input type="text" autoComplete="username" value={form.username} onChange={(e) => edit({ username: e.currentTarget.value })} aria-invalid={problemOf('username') ? true : undefined} data-testid="sync-username" />
          {problemOf('username') && <span className="field-issues">{formProblemWords(problemOf('username')!, form.serverUrl)}</span>}
        </label>
        <div className="sync-field">
          <label htmlFor="sync-password">{t('syncPassword')}</label>
          {passwordStored && (
            <span className="sync-password-saved" data-testid="sync-password-saved">
              {t('syncPasswordSaved')}{' '}
              <button type="button" className="link" onClick={() => setChangingPassword(!changingPassword)} data-testid="sync-password-change">
                {changingPassword ? t('syncPasswordKeep') : t('syncPasswordChange')}
              </button>
            </span>
          )}
          {showPasswordInput && (
            <input id="sync-password" type="password" autoComplete="current-password" value={form.password} onChange={(e) => edit({ password: e.currentTarget.value })} aria-invalid={problemOf('password') ? true : undefined} data-testid="sync-password" />
          )}
          {problemOf('password') && <span className="field-issues">{formProblemWords(problemOf('password')!, form.serverUrl)}</span>}
        </div>
        <fieldset className="sync-role">
          <legend>{t('syncRole')}</legend>
          {(['manager', 'agent'] as const satisfies readonly SyncRole[]).map((role) => (
            <label key={role} className="check">
              <input type="radio" name="sync-role" value={role} checked={form.role === role} onChange={() => edit({ role })} data-testid={`sync-role-${role}`} />
              {t(role === 'manager' ? 'syncRoleManager' : 'syncRoleAgent')}
            </label>
          ))}
        </fieldset>
        {form.role === 'agent' && <SyncOwnDatabaseChoice checked={form.ownDatabase === true} onChange={(ownDatabase) => edit({ ownDatabase })} />}
        {ownOnly ? (
          <p className="muted small" data-testid="sync-own-no-shops">
            {t('syncOwnDatabaseShops')}
          </p>
        ) : (
          <SyncShopPicker chosen={form.shops} known={known} onChange={(shops) => edit({ shops })} invalid={!!problemOf('shops')} />
        )}
        {problemOf('shops') && !ownOnly && <span className="field-issues">{formProblemWords(problemOf('shops')!, form.serverUrl)}</span>}
      </div>

      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={settings.enabled ? turnOn : saveWhileOff} data-testid="sync-save">
          {t('syncSave')}
        </button>
        <button type="button" disabled={busy || !settings.enabled} onClick={syncNow} data-testid="sync-now">
          {t('syncNow')}
        </button>
      </div>
      {message && (
        <div className={`notice ${message.tone}`} role="status" data-testid="sync-message" data-tone={message.tone}>
          {messageText}
        </div>
      )}
      <SyncStatusView status={settings.enabled ? status : { ...status, state: 'off' }} />
    </section>
  );
}
