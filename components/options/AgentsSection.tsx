import { useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { type AgentProfile, buildAgentDirectory } from '@/lib/analysis';
import { type KefuDatabase, knownLabels, loadProfiles } from '@/lib/db';
import { rowKindOf } from '@/lib/metrics';
import { t } from '@/lib/i18n/translate';
import { agentDraft, agentShops, ALL_SHOPS, type AgentDraft, filterAgents, listPage, parseShopFilter, recentMetricsByLabel, type ShopFilter, shopFilterValue } from '@/lib/options';
import { AgentRow } from './AgentRow';
import { AgentsPager } from './AgentsPager';
import { useDatabase } from '@/components/database-context';
import { useManagedByManager } from './use-sync-state';
import { ManagedBanner } from './ManagedBanner';

/**
 * Rows on one page of the list: a shop's team fits on two pages, and the page stays as light at 1,000
 * agents as at 50. Paged rather than virtualised: each row is a small form (inputs, a merge picker,
 * save messages of varying height), and a page keeps Tab order and find-in-page whole.
 */
export const AGENTS_PAGE_SIZE = 50;

/** Captured agents and profiles, with the roles guessed for agents the manager has not set. */
async function loadAgents(db: KefuDatabase) {
  const [labels, profiles] = await Promise.all([knownLabels(db), loadProfiles(db)]);
  const agentLabels = labels.filter((l) => rowKindOf(l) === 'agent');
  for (const p of profiles) agentLabels.push(p.key, ...p.aliases);
  const metrics = await recentMetricsByLabel(db, agentLabels);
  return { directory: buildAgentDirectory(labels, profiles, metrics), profiles: new Map(profiles.map((p) => [p.key, p] as const)) };
}

const NO_PROFILES: ReadonlyMap<string, AgentProfile> = new Map();

/**
 * The agents editor: one row per person, each saved on its own, found by search and shop and shown a
 * page at a time. Unsaved edits live in `drafts` by key; a row without one shows what is stored.
 */
export function AgentsSection() {
  const db = useDatabase();
  const data = useLiveQuery(() => loadAgents(db), [db]);
  const [drafts, setDrafts] = useState<Record<string, AgentDraft>>({});
  const [query, setQuery] = useState('');
  const [chosenShop, setShop] = useState<ShopFilter>(ALL_SHOPS);
  const [page, setPage] = useState(0);
  const tableRef = useRef<HTMLDivElement>(null);
  const readOnly = useManagedByManager();

  const profiles = data?.profiles ?? NO_PROFILES;
  const agents = useMemo(() => data?.directory.agents ?? [], [data]);
  const byKey = useMemo(() => new Map(agents.map((a) => [a.key, a] as const)), [agents]);
  const shops = useMemo(() => agentShops(agents), [agents]);
  // A shop that vanished (its agents merged away, the store wiped) no longer narrows the list.
  const shopGone = chosenShop.kind !== 'all' && !shops.some((s) => (chosenShop.kind === 'none' ? s.shop === null : s.shop === chosenShop.shop));
  const shop = shopGone ? ALL_SHOPS : chosenShop;
  const matched = useMemo(() => filterAgents(agents, query, shop), [agents, query, shop]);
  const shown = listPage(matched, page, AGENTS_PAGE_SIZE);

  const baseOf = (key: string) => {
    const entry = byKey.get(key);
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
      {readOnly && <ManagedBanner />}
      <p>{t('agentsIntro')}</p>
      {!data && <p className="muted">{t('agentsLoading')}</p>}
      {data && agents.length === 0 && <p className="notice">{t('agentsNone')}</p>}
      {data && agents.length > 0 && (
        <>
          <div className="actions agents-filters">
            <input
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.currentTarget.value);
                setPage(0);
              }}
              placeholder={t('agentsSearch')}
              aria-label={t('agentsSearch')}
              data-testid="agent-search"
            />
            {shops.length > 1 && (
              <select
                value={shopFilterValue(shop)}
                onChange={(e) => {
                  setShop(parseShopFilter(e.currentTarget.value));
                  setPage(0);
                }}
                aria-label={t('agentsShopFilter')}
                data-testid="agent-shop"
              >
                <option value={shopFilterValue(ALL_SHOPS)}>{t('agentsShopAll', [agents.length.toLocaleString()])}</option>
                {shops.map((s) =>
                  s.shop === null ? (
                    <option key="" value={shopFilterValue({ kind: 'none' })}>
                      {t('agentsShopNone', [s.count.toLocaleString()])}
                    </option>
                  ) : (
                    <option key={s.shop} value={shopFilterValue({ kind: 'shop', shop: s.shop })}>
                      {t('agentsShopOption', [s.shop, s.count.toLocaleString()])}
                    </option>
                  ),
                )}
              </select>
            )}
            <span className="muted" role="status" data-testid="agent-count" data-shown={matched.length} data-total={agents.length}>
              {t('agentsShownCount', agents.length, [matched.length.toLocaleString(), agents.length.toLocaleString()])}
            </span>
          </div>
          {matched.length === 0 ? (
            <p className="muted">{t('agentsNoMatch', [query.trim()])}</p>
          ) : (
            <>
              <div className="scheme-table-wrap agents-table-wrap" ref={tableRef}>
                {/* Search, shop and pages stay usable; names, roles and aliases are the manager's. "This is me" is
                    each browser's own (never synced), so an agent can still mark and save it. */}
                <fieldset className="read-only" data-testid="agents-editor" data-read-only={readOnly || undefined}>
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
                    {shown.items.map((entry) => {
                      const saved = agentDraft(entry, profiles.get(entry.key));
                      return (
                        <AgentRow
                          key={entry.key}
                          entry={entry}
                          saved={saved}
                          draft={drafts[entry.key] ?? saved}
                          agents={agents}
                          profiles={profiles}
                          readOnly={readOnly}
                          onChange={(d) => setDraft(entry.key, d)}
                          onSaved={() => clearDraft(entry.key)}
                        />
                      );
                    })}
                  </tbody>
                </table>
                </fieldset>
              </div>
              {shown.pages > 1 && (
                <AgentsPager
                  page={shown}
                  onPage={(p) => {
                    setPage(p);
                    // The pager sits under the table: the new page is read from its first row.
                    tableRef.current?.scrollIntoView?.({ block: 'start' });
                  }}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
