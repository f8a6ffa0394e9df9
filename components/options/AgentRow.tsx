import { useId, useState } from 'react';
import type { AgentProfile, AgentEntry } from '@/lib/analysis';
import type { IssueText } from '@/lib/model/schemas';
import { say, t } from '@/lib/i18n/translate';
import { draftChanged, hasMergeCandidate, mergeAgent, unmergeAlias, type AgentDraft, saveAgentDraft } from '@/lib/options';
import { useDatabase } from '@/components/database-context';
import { AgentMergeCombobox } from './AgentMergeCombobox';
import { AgentText } from './AgentText';

const ROLE_LABEL_KEYS = { presale: 'agentsRolePresale', aftersale: 'agentsRoleAftersale' } as const;

type Outcome = { status: 'ok' } | { status: 'error'; issues: IssueText[] };

export function AgentRow({
  entry,
  saved,
  draft,
  agents,
  profiles,
  readOnly = false,
  onChange,
  onSaved,
}: {
  entry: AgentEntry;
  saved: AgentDraft;
  draft: AgentDraft;
  agents: readonly AgentEntry[];
  profiles: ReadonlyMap<string, AgentProfile>;
  /** An agent's synced browser: everything but "this is me" is the manager's. */
  readOnly?: boolean;
  onChange: (draft: AgentDraft) => void;
  onSaved: () => void;
}) {
  const db = useDatabase();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const changed = draftChanged(draft, saved);
  const id = useId();

  const update = (next: AgentDraft) => {
    setOutcome(null);
    onChange(next);
  };
  const save = async () => {
    const result = await saveAgentDraft(db, draft, profiles);
    if (result.ok) {
      setOutcome({ status: 'ok' });
      onSaved();
    } else {
      setOutcome({ status: 'error', issues: result.issues });
    }
  };

  const guessed = draft.role === '' && entry.roleGuessed && entry.role ? t('agentsGuessed', [t(ROLE_LABEL_KEYS[entry.role])]) : null;

  return (
    <tr data-testid="agent-row" data-agent={entry.key} className={changed ? 'unsaved' : undefined}>
      <th scope="row">
        <b className="agent-name">{entry.name}</b>
        <AgentText text={entry.key} />
      </th>
      <td>
        <input type="text" name="displayName" value={draft.displayName} maxLength={40} placeholder={t('agentsNamePlaceholder')} disabled={readOnly} onChange={(e) => update({ ...draft, displayName: e.currentTarget.value })} aria-label={`${t('agentsColName')} · ${entry.key}`} data-testid="agent-name" />
      </td>
      <td>
        <select name="role" value={draft.role} disabled={readOnly} onChange={(e) => update({ ...draft, role: e.currentTarget.value === 'presale' || e.currentTarget.value === 'aftersale' ? e.currentTarget.value : '' })} aria-label={`${t('agentsColRole')} · ${entry.key}`} aria-describedby={guessed ? `${id}-guess` : undefined} data-testid="agent-role">
          <option value="">{t('agentsRoleUnset')}</option>
          <option value="presale">{t('agentsRolePresale')}</option>
          <option value="aftersale">{t('agentsRoleAftersale')}</option>
        </select>
        {guessed && (
          <span className="hint muted" id={`${id}-guess`} title={t('agentsGuessedTitle')} data-testid="agent-role-guess">
            {guessed}
          </span>
        )}
      </td>
      <td>
        {draft.aliases.length > 0 && (
          <ul className="aliases">
            {draft.aliases.map((alias) => (
              <li key={alias} data-testid="agent-alias" data-alias={alias}>
                <AgentText text={alias} />
                <button type="button" className="small-button" disabled={readOnly} onClick={() => update(unmergeAlias(draft, alias))} aria-label={t('agentsUnmergeLabel', [alias])}>
                  {t('agentsUnmerge')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!readOnly && hasMergeCandidate(draft, agents, profiles) && <AgentMergeCombobox draft={draft} agents={agents} profiles={profiles} onMerge={(other) => update(mergeAgent(draft, other))} />}
      </td>
      <td>
        <label className="check">
          <input type="checkbox" checked={draft.isMe} onChange={(e) => update({ ...draft, isMe: e.currentTarget.checked })} aria-label={t('agentsMeLabel', [entry.key])} data-testid="agent-me" />
          {t('agentsMe')}
        </label>
      </td>
      <td className="agent-save">
        <button type="button" className={changed ? 'primary small-button' : 'small-button'} disabled={!changed} onClick={save} aria-label={t('agentsSaveLabel', [entry.key])} data-testid="agent-save">
          {t('agentsSave')}
        </button>
        <span role="status" data-testid="agent-result" data-status={outcome?.status ?? (changed ? 'unsaved' : undefined)}>
          {outcome?.status === 'ok' && !changed && <span className="ok-text">{t('agentsSaved')}</span>}
          {!outcome && changed && <span className="muted">{t('agentsUnsaved')}</span>}
        </span>
        {outcome?.status === 'error' && (
          <div className="field-issues">
            {t('agentsSaveFailed')}
            <ul>
              {outcome.issues.map((issue, i) => (
                <li key={i}>{say(issue.message)}</li>
              ))}
            </ul>
          </div>
        )}
      </td>
    </tr>
  );
}
