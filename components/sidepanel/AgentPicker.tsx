import { memo, useMemo, useState } from 'react';
import type { AgentEntry } from '@/lib/analysis';
import { shopOf } from '@/lib/metrics';
import { t } from '@/lib/i18n/translate';
import { searchText } from '@/lib/sidepanel';

function optionText(agent: AgentEntry): string {
  const shop = shopOf(agent.key);
  const base = shop && agent.name !== agent.key ? t('spAgentWithShop', [agent.name, shop]) : agent.name;
  return agent.isMe ? `${base} · ${t('spMe')}` : base;
}

/** Below this many agents the select alone is quick to scan; the search box joins above it. */
const SEARCH_FROM = 20;

interface PickerGroup {
  /** The shop, or null for keys without one (listed first, outside any group). */
  shop: string | null;
  agents: { key: string; text: string; search: string }[];
}

/** Agents grouped by shop (the directory's order inside each), texts computed once per agent list. */
function pickerGroups(agents: readonly AgentEntry[]): PickerGroup[] {
  const groups = new Map<string | null, PickerGroup>();
  for (const agent of agents) {
    const shop = shopOf(agent.key);
    let group = groups.get(shop);
    if (!group) groups.set(shop, (group = { shop, agents: [] }));
    const text = optionText(agent);
    group.agents.push({ key: agent.key, text, search: searchText(`${agent.key}\n${text}\n${agent.labels.join('\n')}`) });
  }
  return [...groups.values()].sort((a, b) => (a.shop === null ? -1 : b.shop === null ? 1 : a.shop.localeCompare(b.shop, 'zh-CN', { numeric: true })));
}

/**
 * The options, rebuilt only when the list or the search changes: switching agents (a new value) then
 * re-renders none of them, which matters with 1,000 agents.
 */
const PickerOptions = memo(function PickerOptions({ groups, search }: { groups: readonly PickerGroup[]; search: string }) {
  const needle = searchText(search.trim());
  return groups.map((group) => {
    const agents = needle ? group.agents.filter((a) => a.search.includes(needle)) : group.agents;
    if (agents.length === 0) return null;
    const options = agents.map((a) => (
      <option key={a.key} value={a.key}>
        {a.text}
      </option>
    ));
    return group.shop === null ? options : <optgroup key={group.shop} label={group.shop}>{options}</optgroup>;
  });
});

/**
 * A native select (type-ahead, arrow keys and screen readers for free; switching is one change event),
 * its options grouped by shop, with a search box in front once the team is large: the search narrows the
 * options to the agents whose key, name or alias has the text, and Enter opens the first of them.
 */
export function AgentPicker({ agents, value, onChange }: { agents: readonly AgentEntry[] | undefined; value: string; onChange: (key: string) => void }) {
  const [search, setSearch] = useState('');
  const list = useMemo(
    () => (agents && agents.some((a) => a.key === value) ? agents : [...(agents ?? []), { key: value, labels: [value], name: value, role: null, roleGuessed: false, isMe: false }]),
    [agents, value],
  );
  const groups = useMemo(() => pickerGroups(list), [list]);
  const needle = searchText(search.trim());
  const matches = useMemo(() => (needle ? groups.flatMap((g) => g.agents.filter((a) => a.search.includes(needle))) : null), [groups, needle]);
  // The shown agent stays selectable while a search hides it: a select must hold its value.
  const hidden = matches !== null && !matches.some((a) => a.key === value);
  return (
    <span className="agent-picker-wrap">
      {list.length > SEARCH_FROM && (
        <input
          type="search"
          className="picker-search"
          data-testid="agent-search"
          value={search}
          placeholder={t('spPickerSearch')}
          aria-label={t('spPickerSearch')}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches?.[0]) onChange(matches[0].key);
          }}
        />
      )}
      <label className="agent-picker">
        <span className="visually-hidden">{t('spPickAgent')}</span>
        <select value={value} data-testid="agent-select" onChange={(event) => onChange(event.currentTarget.value)}>
          {hidden && <option value={value}>{groups.flatMap((g) => g.agents).find((a) => a.key === value)?.text ?? value}</option>}
          <PickerOptions groups={groups} search={search} />
        </select>
      </label>
      {matches !== null && <span className="muted small" data-testid="agent-search-count">{t('spPickerMatches', matches.length, [matches.length.toLocaleString()])}</span>}
    </span>
  );
}
