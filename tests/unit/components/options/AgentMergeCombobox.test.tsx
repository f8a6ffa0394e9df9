// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AgentMergeCombobox } from '@/components/options/AgentMergeCombobox';
import { buildAgentDirectory, type AgentEntry, type AgentProfile } from '@/lib/analysis';
import { agentDraft, mergeAgent } from '@/lib/options';

/** 1,000 agents over 10 shops, as the outsourcing team: `店铺3:客服0423`. */
const TEAM = Array.from({ length: 1000 }, (_, i) => `店铺${i % 10}:客服${String(i).padStart(4, '0')}`);
const PROFILES: AgentProfile[] = [{ key: '店铺9:客服0999', aliases: ['店铺9:旧号'], isMe: false }];
const dir = buildAgentDirectory([...TEAM, '店铺9:旧号'], PROFILES);
const profiles = new Map(PROFILES.map((p) => [p.key, p] as const));
const entry = (key: string) => dir.agents.find((a) => a.key === key)!;

/** The picker on 店铺0:客服0000's row, holding the draft as a row does; onMerge records each merge. */
function Row({ onMerge }: { onMerge: (other: AgentEntry) => void }) {
  const [draft, setDraft] = useState(agentDraft(entry('店铺0:客服0000'), undefined));
  return (
    <>
      <AgentMergeCombobox
        draft={draft}
        agents={dir.agents}
        profiles={profiles}
        onMerge={(other) => {
          onMerge(other);
          setDraft(mergeAgent(draft, other));
        }}
      />
      <output data-testid="aliases">{draft.aliases.join(',')}</output>
    </>
  );
}

function setup() {
  const onMerge = vi.fn<(other: AgentEntry) => void>();
  const user = userEvent.setup();
  render(<Row onMerge={onMerge} />);
  const input = screen.getByRole('combobox');
  const options = () => screen.queryAllByRole('option');
  return { user, input, options, onMerge, aliases: () => screen.getByTestId('aliases').textContent };
}

describe('AgentMergeCombobox', () => {
  test('closed, it is one input and no list at all', () => {
    const { input, options } = setup();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(options()).toHaveLength(0);
    expect(input.getAttribute('aria-label')).toBe('合并另一个账号到 店铺0:客服0000');
  });

  test('opened on a team of 1,000 it lists 50 and asks for more characters; typing narrows', async () => {
    const { user, input, options } = setup();
    await user.click(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(options()).toHaveLength(50);
    // 1,001 texts: itself and 店铺9:客服0999 (it has aliases of its own) are not offered; 店铺9:旧号 is its alias.
    expect(screen.getByTestId('agent-merge-note').textContent).toBe('还有 948 位未列出，再输入几个字以缩小范围');
    // The row's own shop (店铺0) first: a renamed account is nearly always in the same shop.
    expect(options().slice(0, 3).map((o) => o.dataset.agent)).toEqual(['店铺0:客服0010', '店铺0:客服0020', '店铺0:客服0030']);
    expect(options()[0]!.textContent).toBe('店铺0:客服0010');

    await user.type(input, '店铺3:客服04');
    expect(options().map((o) => o.dataset.agent)).toEqual(['店铺3:客服0403', '店铺3:客服0413', '店铺3:客服0423', '店铺3:客服0433', '店铺3:客服0443', '店铺3:客服0453', '店铺3:客服0463', '店铺3:客服0473', '店铺3:客服0483', '店铺3:客服0493']);
    expect(screen.queryByTestId('agent-merge-note')).toBeNull();

    await user.type(input, 'x');
    expect(options()).toHaveLength(0);
    expect(screen.getByTestId('agent-merge-note').textContent).toBe('没有可合并的账号匹配“店铺3:客服04x”');
  });

  test('arrow keys move the highlight (wrapping), Enter merges it, and the list closes', async () => {
    const { user, input, options, onMerge, aliases } = setup();
    await user.type(input, '客服000');
    // 客服0001 … 客服0009 (0000 is the row itself).
    expect(options()).toHaveLength(9);
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active()?.dataset.agent).toBe('店铺2:客服0002');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    expect(options().filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()?.dataset.agent).toBe('店铺9:客服0009'); // wrapped to the last
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onMerge).toHaveBeenCalledTimes(1);
    expect(onMerge.mock.calls[0]![0].key).toBe('店铺1:客服0001');
    expect(aliases()).toBe('店铺1:客服0001');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect((input as HTMLInputElement).value).toBe('');
    // A merged account is no longer offered.
    await user.type(input, '客服000');
    expect(options().map((o) => o.dataset.agent)).not.toContain('店铺1:客服0001');
    expect(options()).toHaveLength(8);
  });

  test('Enter with nothing highlighted merges only a single match, never a guess among several', async () => {
    const { user, input, onMerge, aliases } = setup();
    await user.type(input, '客服001');
    await user.keyboard('{Enter}');
    expect(onMerge).not.toHaveBeenCalled();
    await user.type(input, '7');
    await user.keyboard('{Enter}');
    expect(aliases()).toBe('店铺7:客服0017');
  });

  test('Escape closes the list and keeps the text; a second Escape clears it; ArrowDown opens again', async () => {
    const { user, input, options, onMerge } = setup();
    await user.type(input, '客服09');
    expect(options().length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('客服09');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)?.dataset.agent).toBe(options()[0]!.dataset.agent);
    await user.keyboard('{Escape}{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
    expect(onMerge).not.toHaveBeenCalled();
  });

  test('a click on an option merges it; leaving the input closes the list', async () => {
    const { user, input, options, aliases } = setup();
    await user.type(input, '店铺5:客服05');
    await user.click(options()[1]!);
    expect(aliases()).toBe('店铺5:客服0515');
    await user.type(input, '客服');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await user.tab();
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
