import type { AgentEntry } from '@/lib/analysis';
import { shopOf } from '@/lib/metrics';
import { t } from '@/lib/i18n/translate';

function optionText(agent: AgentEntry): string {
  const shop = shopOf(agent.key);
  const base = shop && agent.name !== agent.key ? t('spAgentWithShop', [agent.name, shop]) : agent.name;
  return agent.isMe ? `${base} · ${t('spMe')}` : base;
}

/** A native select: type-ahead, arrow keys and screen readers for free; switching is one change event. */
export function AgentPicker({ agents, value, onChange }: { agents: readonly AgentEntry[] | undefined; value: string; onChange: (key: string) => void }) {
  const list = agents && agents.some((a) => a.key === value) ? agents : [...(agents ?? []), { key: value, labels: [value], name: value, role: null, roleGuessed: false, isMe: false }];
  return (
    <label className="agent-picker">
      <span className="visually-hidden">{t('spPickAgent')}</span>
      <select value={value} data-testid="agent-select" onChange={(event) => onChange(event.currentTarget.value)}>
        {list.map((agent) => (
          <option key={agent.key} value={agent.key}>
            {optionText(agent)}
          </option>
        ))}
      </select>
    </label>
  );
}
