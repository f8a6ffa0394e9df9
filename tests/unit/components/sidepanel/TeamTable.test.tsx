// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { TeamTable } from '@/components/sidepanel/TeamTable';
import type { AgentEntry, TeamRow, TeamView } from '@/lib/analysis/types';
import { presaleStanding } from '../support/standing';

function agent(nick: string): AgentEntry {
  const key = `旗舰店:${nick}`;
  return { key, labels: [key], name: nick, role: 'presale', roleGuessed: false, isMe: false };
}

function row(nick: string, values: Record<string, number | null>, scored = true): TeamRow {
  return { agent: agent(nick), values, standing: scored ? presaleStanding(values) : null, alerts: [] };
}

/**
 * Four agents of one day, in the team view's order (score, highest first). 陈晨 has no 回复率 (missing, not 0)
 * and 大伟 has no role, so no score: both must stay last whatever the direction.
 */
const ROWS: TeamRow[] = [
  row('阿珍', { reply_rate: 99.2, first_response_time: 12, inquiry_conversion_rate: 55 }),
  row('小美', { reply_rate: 96.1, first_response_time: 25, inquiry_conversion_rate: 42.5 }),
  row('陈晨', { reply_rate: null, first_response_time: 30, inquiry_conversion_rate: 38 }),
  row('大伟', { reply_rate: 97, first_response_time: 18, inquiry_conversion_rate: 47 }, false),
];
const VIEW: TeamView = {
  period: { start: '2026-11-20', end: '2026-11-20' },
  metrics: ['reply_rate', 'first_response_time', 'inquiry_conversion_rate'],
  rows: ROWS,
  benchmarks: [{ kind: 'team_average', label: '均值', values: { reply_rate: 97.4, first_response_time: 21, inquiry_conversion_rate: 45.6 } }],
};

const agentOrder = () => screen.getAllByTestId('team-row').map((r) => within(r).getAllByRole('button')[0]!.textContent);
const header = (label: string) => screen.getAllByRole('columnheader').find((th) => th.textContent?.startsWith(label))!;
/** The values shown in a metric column, top to bottom (the cell's own text: not its ✓/✗ mark nor its screen-reader note). */
const column = (metricIndex: number) =>
  screen.getAllByTestId('team-row').map((r) => {
    // Cells: score, weakest, alerts, then the metrics.
    const cell = r.querySelectorAll('td')[3 + metricIndex]!;
    return [...cell.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
  });

describe('TeamTable sorting', () => {
  test('opens by score, highest first; rows without a score last', () => {
    render(<TeamTable view={VIEW} lang="zh" onOpenAgent={() => undefined} />);
    expect(agentOrder()).toEqual(['阿珍', '小美', '陈晨', '大伟']);
    expect(screen.getAllByTestId('score-badge').map((b) => b.dataset.score)).toEqual(['88', '54', '39', '']);
    expect(header('得分').getAttribute('aria-sort')).toBe('descending');
    expect(header('客服').getAttribute('aria-sort')).toBe('none');
    // Reference rows stay on top, outside the sorted body.
    expect(screen.getByTestId('benchmark-row').textContent).toContain('97.4%');
  });

  test('the agent header sorts by name A→Z (pinyin), a second click Z→A', async () => {
    const user = userEvent.setup();
    render(<TeamTable view={VIEW} lang="zh" onOpenAgent={() => undefined} />);
    await user.click(within(header('客服')).getByRole('button'));
    expect(agentOrder()).toEqual(['阿珍', '陈晨', '大伟', '小美']);
    expect(header('客服').getAttribute('aria-sort')).toBe('ascending');
    expect(header('得分').getAttribute('aria-sort')).toBe('none');
    await user.click(within(header('客服')).getByRole('button'));
    expect(agentOrder()).toEqual(['小美', '大伟', '陈晨', '阿珍']);
    expect(header('客服').getAttribute('aria-sort')).toBe('descending');
  });

  test('a metric header sorts by its values, largest first, then smallest; a missing value stays last', async () => {
    const user = userEvent.setup();
    render(<TeamTable view={VIEW} lang="zh" onOpenAgent={() => undefined} />);
    await user.click(within(header('回复率')).getByRole('button'));
    expect(agentOrder()).toEqual(['阿珍', '大伟', '小美', '陈晨']);
    expect(column(0)).toEqual(['99.2%', '97%', '96.1%', '—']);
    expect(header('回复率').getAttribute('aria-sort')).toBe('descending');
    await user.click(within(header('回复率')).getByRole('button'));
    expect(agentOrder()).toEqual(['小美', '大伟', '阿珍', '陈晨']);
    expect(column(0)).toEqual(['96.1%', '97%', '99.2%', '—']);
    expect(header('回复率').getAttribute('aria-sort')).toBe('ascending');
  });

  test('back on the score header: highest first again (a new column starts descending)', async () => {
    const user = userEvent.setup();
    render(<TeamTable view={VIEW} lang="zh" onOpenAgent={() => undefined} />);
    await user.click(within(header('首次响应时间')).getByRole('button'));
    expect(agentOrder()).toEqual(['陈晨', '小美', '大伟', '阿珍']);
    await user.click(within(header('得分')).getByRole('button'));
    expect(agentOrder()).toEqual(['阿珍', '小美', '陈晨', '大伟']);
    await user.click(within(header('得分')).getByRole('button'));
    expect(agentOrder()).toEqual(['陈晨', '小美', '阿珍', '大伟']);
  });

  test('clicking an agent opens that agent', async () => {
    const user = userEvent.setup();
    const onOpenAgent = vi.fn();
    render(<TeamTable view={VIEW} lang="zh" onOpenAgent={onOpenAgent} />);
    await user.click(screen.getByRole('button', { name: '小美' }));
    expect(onOpenAgent).toHaveBeenCalledExactlyOnceWith('旗舰店:小美');
  });
});
