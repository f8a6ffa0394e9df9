// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AgentsSection } from '@/components/options/AgentsSection';
import { openDatabase, type KefuDatabase } from '@/lib/db/database';
import { importFile } from '@/lib/io/import-file';
import { renderWithDatabase } from '../support/render-with-database';

/**
 * The outsourcing team: 1,000 agents over 10 shops (`店铺3:客服0423`, agent i in shop i % 10)
 * plus 5 nicknames without a shop, one day of reply rate each, imported as the export CSV.
 */
const TEAM = [...Array.from({ length: 1000 }, (_, i) => `店铺${i % 10}:客服${String(i).padStart(4, '0')}`), ...['阿珍', '阿强', '小周', '老王', '大刘']];

// Seeded once for the file (importing 1,005 agents into fake-indexeddb takes seconds): the tests only
// read it, but the last, which saves one profile.
let db: KefuDatabase;
beforeAll(async () => {
  db = openDatabase(`kefu-test-${crypto.randomUUID()}`);
  const csv = ['period_start,period_end,agent,metric,value', ...TEAM.map((a, i) => `2026-11-20,2026-11-20,${a},reply_rate,${90 + (i % 10)}`)].join('\n');
  const result = await importFile(db, csv, new Date('2026-11-27T08:00:00+08:00'));
  expect(result.ok).toBe(true);
}, 30_000);
afterAll(() => db.delete());

const rowKeys = () => screen.queryAllByTestId('agent-row').map((r) => r.dataset.agent);
const count = () => screen.getByTestId('agent-count');

describe('AgentsSection with 1,005 agents', { timeout: 20_000 }, () => {
  test('shows one page of 50 rows, no merge list in any row, and the count of all', async () => {
    const { container } = renderWithDatabase(<AgentsSection />, db);
    await waitFor(() => expect(rowKeys()).toHaveLength(50), { timeout: 10_000 });
    expect(count().textContent).toBe('显示 1,005 / 1,005 位客服');
    // Every row has its merge input, and no row a list of the others.
    expect(screen.getAllByTestId('agent-merge-input')).toHaveLength(50);
    expect(screen.queryAllByRole('listbox')).toHaveLength(0);
    // The shop picker's 12 options (all, 10 shops, no shop) and each row's 3 roles are all the <option>s.
    expect(container.querySelectorAll('option')).toHaveLength(12 + 50 * 3);
    expect(container.querySelectorAll('*').length).toBeLessThan(2_000);
    expect(screen.getByTestId('agent-pager').textContent).toContain('第 1–50 位 · 第 1 / 21 页');
  });

  test('the shop filter and the search narrow to exactly the right rows; pages follow', async () => {
    const user = userEvent.setup();
    renderWithDatabase(<AgentsSection />, db);
    await waitFor(() => expect(rowKeys()).toHaveLength(50), { timeout: 10_000 });
    const shop = screen.getByTestId('agent-shop') as HTMLSelectElement;
    expect([...shop.options].map((o) => o.textContent)).toEqual([
      '全部店铺（1,005）',
      ...Array.from({ length: 10 }, (_, s) => `店铺${s}（100）`),
      '无店铺（5）',
    ]);

    await user.selectOptions(shop, '店铺3（100）');
    expect(count().textContent).toBe('显示 100 / 1,005 位客服');
    expect(rowKeys()).toEqual(Array.from({ length: 50 }, (_, i) => `店铺3:客服${String(i * 10 + 3).padStart(4, '0')}`));
    await user.click(screen.getByTestId('agent-page-next'));
    expect(rowKeys()).toEqual(Array.from({ length: 50 }, (_, i) => `店铺3:客服${String(500 + i * 10 + 3).padStart(4, '0')}`));
    expect((screen.getByTestId('agent-page-next') as HTMLButtonElement).disabled).toBe(true);

    // Searching goes back to the first page, within the chosen shop.
    await user.type(screen.getByTestId('agent-search'), '客服04');
    expect(rowKeys()).toEqual(['店铺3:客服0403', '店铺3:客服0413', '店铺3:客服0423', '店铺3:客服0433', '店铺3:客服0443', '店铺3:客服0453', '店铺3:客服0463', '店铺3:客服0473', '店铺3:客服0483', '店铺3:客服0493']);
    expect(count().textContent).toBe('显示 10 / 1,005 位客服');
    expect(screen.queryByTestId('agent-pager')).toBeNull();

    await user.selectOptions(shop, '无店铺（5）');
    expect(screen.getByText('没有匹配“客服04”的客服。')).toBeTruthy();
    await user.clear(screen.getByTestId('agent-search'));
    expect(rowKeys().sort()).toEqual(['大刘', '小周', '老王', '阿强', '阿珍'].sort());
  });

  test('an edit on page 2 survives paging away and back, and saves', async () => {
    const user = userEvent.setup();
    renderWithDatabase(<AgentsSection />, db);
    await waitFor(() => expect(rowKeys()).toHaveLength(50), { timeout: 10_000 });
    await user.click(screen.getByTestId('agent-page-next'));
    const key = rowKeys()[0]!;
    const row = () => within(screen.getAllByTestId('agent-row').find((r) => r.dataset.agent === key)!);
    await user.type(row().getByTestId('agent-name'), '新名字');
    await user.click(screen.getByTestId('agent-page-prev'));
    expect(rowKeys()).not.toContain(key);
    await user.click(screen.getByTestId('agent-page-next'));
    expect((row().getByTestId('agent-name') as HTMLInputElement).value).toBe('新名字');
    expect(row().getByTestId('agent-result').dataset.status).toBe('unsaved');
    await user.click(row().getByTestId('agent-save'));
    await waitFor(async () => expect(await db.agents.toArray()).toEqual([{ key, displayName: '新名字', aliases: [], isMe: false }]));
  });
});
