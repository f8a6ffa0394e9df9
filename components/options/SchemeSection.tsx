import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { addMonths, startOfMonth } from 'date-fns';
import { AGENT_ROLES, type AgentRole, type KpiScheme } from '@/lib/analysis';
import { loadSchemes, resetScheme } from '@/lib/db';
import type { IssueText } from '@/lib/model/schemas';
import { isoDate } from '@/lib/model';
import { t } from '@/lib/i18n/translate';
import { checkSchemeDraft, issueLocation, saveSchemeDraft, draftFromScheme, type SchemeDraft, type VersionDraft, addVersion, removeVersion, updateVersion, versionInForceIndex } from '@/lib/options';
import { ROLE_KEYS, ROLE_PANEL_ID, roleTabId, SchemeRoleTabs } from './SchemeRoleTabs';
import { SchemeVersionList } from './SchemeVersionList';
import { SchemeMetricTable } from './SchemeMetricTable';
import { SchemeGradesEditor } from './SchemeGradesEditor';
import { SchemeCommissionEditor } from './SchemeCommissionEditor';
import { SchemeIssueList } from './SchemeIssueList';
import { SchemeResetControl } from './SchemeResetControl';
import { FieldIssues } from './SchemeNumberInput';
import { useDatabase } from '@/components/database-context';
import { useManagedByManager } from './use-sync-state';
import { ManagedBanner } from './ManagedBanner';

/** What the editor holds per role: the draft, the version on screen, problems and the last outcome. */
interface RoleState {
  draft: SchemeDraft;
  selected: number;
  unsaved: boolean;
  issues: IssueText[];
  result: { status: 'ok' | 'error'; text: string } | null;
}

const today = () => isoDate(new Date());

/** First day of next month: the usual start of a revised scheme. */
function firstOfNextMonth(): string {
  return isoDate(startOfMonth(addMonths(new Date(), 1)));
}

function freshState(scheme: KpiScheme, keepVersion?: string): Omit<RoleState, 'result'> {
  const draft = draftFromScheme(scheme);
  const dates = draft.versions.map((v) => v.effectiveFrom);
  const kept = keepVersion ? dates.indexOf(keepVersion) : -1;
  return { draft, selected: kept >= 0 ? kept : Math.max(0, versionInForceIndex(dates, today())), unsaved: false, issues: [] };
}

/**
 * The manager's KPI scheme editor: a tab per role, the versions of its scheme, and the rules of the
 * version on screen. Edits stay in a draft until "保存方案", which checks everything and stores the whole
 * scheme, or nothing.
 */
export function SchemeSection() {
  const db = useDatabase();
  const [role, setRole] = useState<AgentRole>('presale');
  const [states, setStates] = useState<Record<AgentRole, RoleState> | null>(null);
  const readOnly = useManagedByManager();

  // Live: a backup imported here or a save in another tab shows at once. A role with unsaved edits keeps
  // them (saving then stores the whole draft, as the manager sees it); the others follow what is stored.
  useEffect(() => {
    const subscription = liveQuery(() => loadSchemes(db)).subscribe((stored) =>
      setStates((all) => {
        const out = {} as Record<AgentRole, RoleState>;
        for (const r of AGENT_ROLES) {
          const current = all?.[r];
          if (current?.unsaved) out[r] = current;
          else out[r] = { ...freshState(stored[r], current?.draft.versions[current.selected]?.effectiveFrom), result: current?.result ?? null };
        }
        return out;
      }),
    );
    return () => subscription.unsubscribe();
  }, [db]);

  // Leaving the page with unsaved scheme edits asks first (the browser's own dialog).
  const anyUnsaved = states !== null && AGENT_ROLES.some((r) => states[r].unsaved);
  useEffect(() => {
    if (!anyUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyUnsaved]);

  if (!states) {
    return (
      <section className="card" aria-labelledby="scheme-title" id="scheme">
        <h2 id="scheme-title">{t('schemeSection')}</h2>
        <p className="muted">{t('schemeLoading')}</p>
      </section>
    );
  }

  const state = states[role];
  const { draft } = state;
  const setState = (next: Partial<RoleState>) => setStates((all) => (all ? { ...all, [role]: { ...all[role], ...next } } : all));

  /** Any edit: the draft is unsaved; after a failed save, the problems follow the edits live. */
  const edit = (next: SchemeDraft, selected = state.selected) => {
    let issues: IssueText[] = [];
    if (state.issues.length > 0) {
      const checked = checkSchemeDraft(next);
      if (!checked.ok) issues = checked.issues;
    }
    const result = issues.length > 0 ? { status: 'error' as const, text: t('schemeSaveFailed', issues.length) } : null;
    setState({ draft: next, selected, unsaved: true, issues, result });
  };
  const editVersion = (index: number) => (v: VersionDraft) => edit(updateVersion(draft, index, () => v));

  const onAddVersion = (effectiveFrom: string): string | null => {
    const added = addVersion(draft, effectiveFrom);
    if (!added.ok) return added.reason === 'duplicate-date' ? t('schemeDateTaken', [effectiveFrom]) : t('schemeDateInvalid');
    edit(added.draft, added.index);
    return null;
  };

  const onSave = async () => {
    const result = await saveSchemeDraft(db, draft);
    if (!result.ok) {
      setState({ issues: result.issues, result: { status: 'error', text: t('schemeSaveFailed', result.issues.length) } });
      return;
    }
    const stored = (await loadSchemes(db))[role];
    const kept = draft.versions[state.selected]?.effectiveFrom;
    setState({ ...freshState(stored, kept), result: { status: 'ok', text: t('schemeSaved', stored.versions.length, [stored.name, stored.versions.length]) } });
  };

  const reload = async (message: string | null) => {
    const stored = (await loadSchemes(db))[role];
    setState({ ...freshState(stored), result: message === null ? null : { status: 'ok', text: message } });
  };

  const version = draft.versions[state.selected] ?? draft.versions[0]!;
  const selected = draft.versions[state.selected] ? state.selected : 0;
  const at = `versions[${selected}]`;
  const inForce = versionInForceIndex(draft.versions.map((v) => v.effectiveFrom), today());
  const withIssues = new Set(state.issues.map((i) => issueLocation(i.path, draft).version).filter((v): v is number => v !== null));
  const nameIssues = state.issues.filter((i) => i.path === 'name');
  const unsaved = Object.fromEntries(AGENT_ROLES.map((r) => [r, states[r].unsaved])) as Record<AgentRole, boolean>;

  return (
    <section className="card" aria-labelledby="scheme-title" id="scheme">
      <h2 id="scheme-title">{t('schemeSection')}</h2>
      {readOnly && <ManagedBanner />}
      <p>{t('schemeIntro')}</p>
      <p>{t('schemeMonthRule')}</p>
      <details className="scheme-how">
        <summary>{t('schemeHowTitle')}</summary>
        <p>{t('schemeHowScore')}</p>
        <p>{t('schemeHowKinds')}</p>
      </details>

      <SchemeRoleTabs role={role} onChange={setRole} unsaved={unsaved} />
      <div role="tabpanel" id={ROLE_PANEL_ID} aria-labelledby={roleTabId(role)} className="scheme-panel" data-role={role}>
        <div className="scheme-layout">
          <SchemeVersionList
            key={role}
            versions={draft.versions}
            selected={selected}
            inForce={inForce}
            withIssues={withIssues}
            defaultNewDate={firstOfNextMonth()}
            onSelect={(i) => setState({ selected: i })}
            onAdd={onAddVersion}
            onDelete={(i) => edit(removeVersion(draft, i), Math.max(0, Math.min(i, draft.versions.length - 2)))}
            readOnly={readOnly}
          />
          {/* A disabled fieldset disables every input of the editor at once: an agent looks, the manager edits. */}
          <fieldset className="scheme-editor read-only" disabled={readOnly} data-testid="scheme-editor" data-read-only={readOnly || undefined}>
            <label className="scheme-name">
              <span>{t('schemeName')}</span>
              <input type="text" name="schemeName" value={draft.name} maxLength={40} onChange={(e) => edit({ ...draft, name: e.currentTarget.value })} aria-invalid={nameIssues.length > 0 || undefined} />
            </label>
            <FieldIssues issues={nameIssues} />
            <h3 className="editing" data-testid="scheme-editing" data-effective-from={version.effectiveFrom}>
              {t('schemeEditing', [version.effectiveFrom])}
            </h3>
            <SchemeMetricTable key={`m-${version.uid}`} version={version} at={at} role={role} issues={state.issues} onChange={editVersion(selected)} />
            <div className="scheme-extras">
              <SchemeGradesEditor version={version} at={at} issues={state.issues} onChange={editVersion(selected)} />
              <SchemeCommissionEditor version={version} at={at} role={role} issues={state.issues} onChange={editVersion(selected)} />
            </div>
          </fieldset>
        </div>

        {!readOnly && (
        <div className="actions scheme-actions">
          <button type="button" className="primary" onClick={onSave} data-testid="scheme-save">
            {t('schemeSave')}
          </button>
          <button type="button" disabled={!state.unsaved} onClick={() => reload(null)} data-testid="scheme-discard">
            {t('schemeDiscard')}
          </button>
          <SchemeResetControl
            roleName={t(ROLE_KEYS[role])}
            onConfirm={async () => {
              await resetScheme(db, role);
              await reload(t('schemeResetDone'));
            }}
          />
          {state.unsaved && (
            <span className="badge" data-testid="scheme-unsaved">
              {t('schemeUnsaved')}
            </span>
          )}
        </div>
        )}
        {state.result && (
          <div className={`notice ${state.result.status}`} role="status" data-testid="scheme-result" data-status={state.result.status}>
            {state.result.text}
            {state.result.status === 'error' && <SchemeIssueList issues={state.issues} draft={draft} onShowVersion={(i) => setState({ selected: i })} />}
          </div>
        )}
      </div>
    </section>
  );
}
