import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { type AgentProfile, buildAgentDirectory } from '@/lib/analysis';
import { type KefuDatabase, knownLabels, loadProfiles } from '@/lib/db';
import { rowKindOf } from '@/lib/metrics';
import { t } from '@/lib/i18n/translate';
import { agentDraft, agentMatches, type AgentDraft, recentMetricsByLabel } from '@/lib/options';
import { AgentRow } from './AgentRow';
import { useDatabase } from '@/components/database-context';

/** Captured agents and profiles, with the roles guessed for agents the manager has not set. */
async function loadAgents(db: KefuDatabase) {
  const [labels, profiles] = await Promise.all([knownLabels(db), loadProfiles(db)]);
  const agentLabels = labels.filter((l) => rowKindOf(l) === 'agent');
  for (const p of profiles) agentLabels.push(p.key, ...p.aliases);
  const metrics = await recentMetricsByLabel(db, agentLabels);
  return { directory: buildAgentDirectory(labels, profiles, metrics), profiles: new Map(profiles.map((p) => [p.key, p] as const)) };
}

/**
 * The agents editor: one row per person, each saved on its own. Unsaved edits live in `drafts` by key;
 * a row without one shows what is stored.
 */
export function AgentsSection() {
  const db = useDatabase();
  const data = useLiveQuery(() => loadAgents(db), [db]);
  const [drafts, setDrafts] = useState<Record<string, AgentDraft>>({});
  const [query, setQuery] = useState('');

  const profiles = data?.profiles ?? new Map<string, AgentProfile>();
  const agents = data?.directory.agents ?? [];
  const shown = agents.filter((a) => agentMatches(a, query));
  const baseOf = (key: string) => {
    const entry = agents.find((a) => a.key === key);
    return entry ? agentDraft(entry, profiles.get(key)) : undefined;
  };

  const setDraft = (key: string, draft: AgentDraft) => {
    setDrafts((all) => {
      const next = { ...all, [key]: draft };
      // Only one "me": marking this row unmarks the others' drafts (saving it unmarks them in the store).
      if (draft.isMe) {
        for (const a of agents) {
          if (a.key === key) continue;
          const other = next[a.key] ?? baseOf(a.key);
          if (other?.isMe) next[a.key] = { ...other, isMe: false };
        }
      }
      return next;
    });
  };
  const clearDraft = (key: string) =>
    setDrafts((all) => {
      const next = { ...all };
      delete next[key];
      return next;
    });

  return (
    <section className="card" aria-labelledby="agents-title" id="agents">
      <h2 id="agents-title">{t('agentsSection')}</h2>
      <p>{t('agentsIntro')}</p>
      {!data && <p className="muted">{t('agentsLoading')}</p>}
      {data && agents.length === 0 && <p className="notice">{t('agentsNone')}</p>}
      {data && agents.length > 0 && (
        <>
          <div className="actions">
            <input type="search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} placeholder={t('agentsSearch')} aria-label={t('agentsSearch')} data-testid="agent-search" />
            <span className="muted">{t('agentsCount', agents.length)}</span>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('agentsNoMatch', [query.trim()])}</p>
          ) : (
            <div className="scheme-table-wrap">
              <table className="agents-table">
                <thead>
                  <tr>
                    <th scope="col">{t('agentsColAgent')}</th>
                    <th scope="col">{t('agentsColName')}</th>
                    <th scope="col">{t('agentsColRole')}</th>
                    <th scope="col">{t('agentsColAliases')}</th>
                    <th scope="col">{t('agentsColMe')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('agentsSave')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry) => {
                    const saved = agentDraft(entry, profiles.get(entry.key));
                    return (
                      <AgentRow
                        key={entry.key}
                        entry={entry}
                        saved={saved}
                        draft={drafts[entry.key] ?? saved}
                        agents={agents}
                        profiles={profiles}
                        onChange={(d) => setDraft(entry.key, d)}
                        onSaved={() => clearDraft(entry.key)}
                      />
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
