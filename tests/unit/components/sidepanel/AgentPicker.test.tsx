// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { AgentPicker } from '@/components/sidepanel/AgentPicker';
import type { AgentEntry } from '@/lib/analysis/types';

const agent = (key: string, name = key.replace(/^.*:/, ''), labels: string[] = []): AgentEntry => ({ key, labels: [key, ...labels], name, role: null, roleGuessed: false, isMe: false });
// 30 agents over 3 shops and one without a shop: enough for the search box.
const AGENTS = [agent('散客服'), ...Array.from({ length: 30 }, (_, i) => agent(`店铺${(i % 3) + 1}:客服${String(i + 1).padStart(2, '0')}`))];
AGENTS.push(agent('店铺2:小美', '美美', ['店铺2:小美旧号']));

const optionValues = () => within(screen.getByTestId('agent-select')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);

describe('AgentPicker', () => {
  test('options are grouped by shop, agents without a shop first', () => {
    render(<AgentPicker agents={AGENTS} value="店铺1:客服01" onChange={() => undefined} />);
    const groups = screen.getByTestId('agent-select').querySelectorAll('optgroup');
    expect([...groups].map((g) => g.label)).toEqual(['店铺1', '店铺2', '店铺3']);
    expect(optionValues()[0]).toBe('散客服');
    expect(optionValues()).toHaveLength(32);
  });

  test('the search narrows the options by key, name or alias, keeps the shown agent, and Enter opens the first match', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<AgentPicker agents={AGENTS} value="店铺1:客服01" onChange={onChange} />);
    await user.type(screen.getByTestId('agent-search'), '旧号');
    // The shown agent first (a select must hold its value), then the one match.
    expect(optionValues()).toEqual(['店铺1:客服01', '店铺2:小美']);
    expect(screen.getByTestId('agent-search-count').textContent).toBe('1 位匹配');
    await user.clear(screen.getByTestId('agent-search'));
    await user.type(screen.getByTestId('agent-search'), '客服2');
    expect(optionValues()).toEqual(['店铺1:客服01', ...Array.from({ length: 10 }, (_, i) => `店铺${((19 + i) % 3) + 1}:客服${20 + i}`).sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }))]);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('店铺1:客服22');
  });

  test('a small team gets no search box', () => {
    render(<AgentPicker agents={AGENTS.slice(0, 5)} value="散客服" onChange={() => undefined} />);
    expect(screen.queryByTestId('agent-search')).toBeNull();
  });
});
