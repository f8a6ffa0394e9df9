// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { TeamPanel } from '@/components/sidepanel/TeamPanel';
import type { AgentProfile } from '@/lib/analysis/agent-profile';
import { presetScheme } from '@/lib/analysis/scheme-presets';
import { readTeamViewPref, writeTeamViewPref } from '@/lib/db/team-view-pref';
import { writeCapture } from '@/lib/db/write-capture';
import type { KefuDatabase } from '@/lib/db/database';
import type { Capture } from '@/lib/model/capture-types';
import { freshDatabase, renderWithDatabase } from '../support/render-with-database';

const DAY = '2026-11-20';
const SCHEMES = { presale: presetScheme('presale'), aftersale: presetScheme('aftersale') };

/** One shop's table of the day: its agents' 回复率 and 首响, and the shop's 均值 row. */
function shopTable(shop: string, agents: [string, number, number][]): Capture {
  const page = `https://sycm.taobao.com/qos/service/kefu_performance/${encodeURIComponent(shop)}`;
  return {
    source: { console: 'sycm', pageUrl: page, frameUrl: page, tableKey: `${page}|reply_rate,first_response_time` },
    period: { start: DAY, end: DAY, guessed: false, evidence: DAY },
    metrics: ['reply_rate', 'first_response_time'],
    headerTexts: { reply_rate: '回复率', first_response_time: '首次响应时长' },
    rows: [
      ...agents.map(([nick, reply, first]) => ({ label: shop ? `${shop}:${nick}` : nick, kind: 'agent' as const, values: { reply_rate: reply, first_response_time: first } })),
      { label: '均值', kind: 'team_average', values: { reply_rate: 95, first_response_time: 20 } },
    ],
    warnings: [],
    leftOut: [],
  };
}

// Five agents: two shops and one plain nickname; 小王 and 大伟 are 售后 by profile, the rest 售前 by hint.
const PROFILES: AgentProfile[] = [
  { key: '旗舰店:小王', aliases: [], isMe: false, role: 'aftersale' },
  { key: '专卖店:大伟', aliases: ['专卖店:大伟旧号'], isMe: false, role: 'aftersale', displayName: '伟哥' },
  { key: '旗舰店:阿珍', aliases: [], isMe: false, roleHint: 'presale' },
  { key: '旗舰店:小美', aliases: [], isMe: false, roleHint: 'presale' },
  { key: '散客服', aliases: [], isMe: false, roleHint: 'presale' },
];

async function seeded(): Promise<KefuDatabase> {
  const db = freshDatabase();
  const at = new Date(`${DAY}T12:00:00Z`);
  await writeCapture(db, shopTable('旗舰店', [['阿珍', 99.5, 10], ['小美', 96, 25], ['小王', 91, 40]]), at);
  await writeCapture(db, shopTable('专卖店', [['大伟', 97, 18]]), at);
  await writeCapture(db, shopTable('', [['散客服', 88, 30]]), at);
  await db.agents.bulkPut(PROFILES);
  return db;
}

function renderPanel(db: KefuDatabase) {
  return renderWithDatabase(<TeamPanel periods={[{ start: DAY, end: DAY }]} profiles={PROFILES} schemes={SCHEMES} lang="zh" onOpenAgent={() => undefined} />, db);
}

const shown = () => screen.getAllByTestId('team-row').map((r) => r.dataset.agent);
const count = () => screen.getByTestId('team-count').textContent;
const header = (label: string) => screen.getAllByRole('columnheader').find((th) => th.textContent?.startsWith(label))!;

describe('TeamPanel filters', () => {
  test('the shop filter lists the shops with their counts, keeps the chosen shop\'s rows and remembers it', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    renderPanel(db);
    await waitFor(() => expect(screen.getAllByTestId('team-row')).toHaveLength(5));
    expect(count()).toBe('显示 5 / 5 位客服');
    const shop = screen.getByTestId('team-shop-filter');
    expect([...within(shop).getAllByRole('option')].map((o) => o.textContent)).toEqual(['全部店铺（3）', '旗舰店（3）', '专卖店（1）', '无店铺（1）']);
    expect(screen.queryByTestId('shown-average-row')).toBeNull();

    await user.selectOptions(shop, '旗舰店');
    expect(shown().sort()).toEqual(['旗舰店:小王', '旗舰店:小美', '旗舰店:阿珍']);
    expect(count()).toBe('显示 3 / 5 位客服');
    // The console's 均值 rows stay; the mean of the three shown joins them: (99.5 + 96 + 91) / 3 = 95.5.
    expect(screen.getAllByTestId('benchmark-row').length).toBeGreaterThan(0);
    expect(screen.getByTestId('shown-average-row').textContent).toContain('95.5%');
    await waitFor(async () => expect(await readTeamViewPref(db)).toEqual({ shop: '旗舰店' }));

    await user.selectOptions(shop, ':');
    expect(shown()).toEqual(['散客服']);
  });

  test('the remembered shop is chosen when the view opens', async () => {
    const db = await seeded();
    await writeTeamViewPref(db, { shop: '专卖店' });
    renderPanel(db);
    await waitFor(() => expect(shown()).toEqual(['专卖店:大伟']));
    expect((screen.getByTestId('team-shop-filter') as HTMLSelectElement).value).toBe('专卖店');
    expect(count()).toBe('显示 1 / 5 位客服');
  });

  test('a remembered shop the period does not have shows every shop', async () => {
    const db = await seeded();
    await writeTeamViewPref(db, { shop: '关掉的店' });
    renderPanel(db);
    await waitFor(() => expect(screen.getAllByTestId('team-row')).toHaveLength(5));
    expect((screen.getByTestId('team-shop-filter') as HTMLSelectElement).value).toBe('');
  });

  test('role and search narrow the rows; sorting orders what is shown; nothing found offers to clear', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    renderPanel(db);
    await waitFor(() => expect(screen.getAllByTestId('team-row')).toHaveLength(5));

    await user.selectOptions(screen.getByTestId('team-role-filter'), 'aftersale');
    expect(shown().sort()).toEqual(['专卖店:大伟', '旗舰店:小王']);
    // 回复率, largest first, among the two shown: 大伟 97 before 小王 91.
    await user.click(within(header('回复率')).getByRole('button'));
    expect(shown()).toEqual(['专卖店:大伟', '旗舰店:小王']);
    await user.click(within(header('回复率')).getByRole('button'));
    expect(shown()).toEqual(['旗舰店:小王', '专卖店:大伟']);

    await user.selectOptions(screen.getByTestId('team-role-filter'), '');
    // The display name and an alias are found too.
    await user.type(screen.getByTestId('team-search'), '伟哥');
    expect(shown()).toEqual(['专卖店:大伟']);
    await user.clear(screen.getByTestId('team-search'));
    await user.type(screen.getByTestId('team-search'), '旧号');
    expect(shown()).toEqual(['专卖店:大伟']);
    expect(count()).toBe('显示 1 / 5 位客服');

    await user.clear(screen.getByTestId('team-search'));
    await user.type(screen.getByTestId('team-search'), '没有这个人');
    expect(screen.queryAllByTestId('team-row')).toHaveLength(0);
    await user.click(within(screen.getByTestId('team-no-match')).getByRole('button', { name: '清除筛选' }));
    expect(screen.getAllByTestId('team-row')).toHaveLength(5);
    expect((screen.getByTestId('team-search') as HTMLInputElement).value).toBe('');
  });
});

describe('TeamPanel trend alerts', () => {
  test('the rows show first; the alerts of the daily window fill in after, and the table says when they are in', async () => {
    const db = await seeded();
    // 小美's reply rate slides from 99.9 over four days to 96 on DAY; her 首响 stays at 25 s.
    const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];
    for (const [i, day] of days.entries()) {
      const table = shopTable('旗舰店', [['小美', 99.9 - i * 0.9, 25]]);
      await writeCapture(db, { ...table, period: { start: day, end: day, guessed: false, evidence: day } }, new Date(`${day}T12:00:00Z`));
    }
    // What the table said about its alerts in the DOM that first had rows.
    let atFirstRows: string | undefined;
    const observer = new MutationObserver(() => {
      const first = document.querySelector<HTMLElement>('[data-testid="team-table"]');
      if (atFirstRows === undefined && first?.querySelector('[data-testid="team-row"]')) atFirstRows = first.dataset.alerts;
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    renderPanel(db);
    await waitFor(() => expect(screen.getAllByTestId('team-row')).toHaveLength(5));
    observer.disconnect();
    expect(atFirstRows).toBe('loading');
    const table = screen.getByTestId('team-table');
    await waitFor(() => expect(table.dataset.alerts).toBe('ready'));
    const marks = screen.getAllByTestId('trend-alert');
    expect(marks.map((m) => `${m.dataset.agent} ${m.dataset.metric} ${m.dataset.kind}`)).toEqual(['旗舰店:小美 reply_rate worsening_run']);
    expect(screen.getAllByRole('columnheader').find((th) => th.textContent === '趋势预警')?.getAttribute('aria-busy')).toBeNull();
  });
});
