// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgentsSection } from '@/components/options/AgentsSection';
import type { KefuDatabase } from '@/lib/db/database';
import { saveProfile } from '@/lib/db/settings-store';
import { importFile } from '@/lib/io/import-file';
import { freshDatabase, renderWithDatabase } from '../support/render-with-database';

/** A day of a 售前 table (小美 and her renamed account 小美02) and a 售后 one (阿珍), as the CSV export writes them. */
const CSV = [
  'period_start,period_end,agent,metric,value',
  '2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1',
  '2026-11-20,2026-11-20,旗舰店:小美,inquiry_conversion_rate,45.6',
  '2026-11-21,2026-11-21,旗舰店:小美02,reply_rate,97.2',
  '2026-11-21,2026-11-21,旗舰店:小美02,inquiry_conversion_rate,47.1',
  '2026-11-20,2026-11-20,旗舰店:阿珍,reply_rate,99',
  '2026-11-20,2026-11-20,旗舰店:阿珍,positive_review_rate,99.2',
  '2026-11-20,2026-11-20,旗舰店:阿珍,return_rate,3.1',
  '2026-11-20,2026-11-20,均值,reply_rate,97.4',
].join('\n');

async function seeded(): Promise<KefuDatabase> {
  const db = freshDatabase();
  const result = await importFile(db, CSV, new Date('2026-11-27T08:00:00+08:00'));
  expect(result.ok).toBe(true);
  return db;
}

const row = (key: string) => screen.getAllByTestId('agent-row').find((r) => r.dataset.agent === key)!;
const rowKeys = () => screen.getAllByTestId('agent-row').map((r) => r.dataset.agent);

describe('AgentsSection', () => {
  test('lists captured agents (not benchmark rows) with the role guessed from their metrics', async () => {
    renderWithDatabase(<AgentsSection />, await seeded());
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    expect(rowKeys()).toEqual(expect.arrayContaining(['旗舰店:小美', '旗舰店:小美02', '旗舰店:阿珍']));
    expect(within(row('旗舰店:阿珍')).getByTestId('agent-role-guess').textContent).toBe('售后（推测）');
    expect(within(row('旗舰店:小美')).getByTestId('agent-role-guess').textContent).toBe('售前（推测）');
    // Nothing edited yet: nothing to save.
    expect((within(row('旗舰店:小美')).getByTestId('agent-save') as HTMLButtonElement).disabled).toBe(true);
  });

  test('rename, set the role, merge the renamed account, save: one profile stored, the alias row gone', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    renderWithDatabase(<AgentsSection />, db);
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    const mei = () => within(row('旗舰店:小美'));

    await user.type(mei().getByTestId('agent-name'), '小美（早班）');
    await user.selectOptions(mei().getByTestId('agent-role'), 'presale');
    // A set role replaces the guess.
    expect(mei().queryByTestId('agent-role-guess')).toBeNull();
    // The merge picker: type part of the old account's name, pick it with the keyboard.
    await user.type(mei().getByTestId('agent-merge-input'), '02');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(mei().getAllByTestId('agent-alias').map((a) => a.dataset.alias)).toEqual(['旗舰店:小美02']);
    // Edits are a draft until saved: marked, stored nothing yet.
    expect(mei().getByTestId('agent-result').dataset.status).toBe('unsaved');
    expect(mei().getByTestId('agent-result').textContent).toBe('未保存');
    expect(row('旗舰店:小美').className).toBe('unsaved');
    expect(await db.agents.toArray()).toEqual([]);

    await user.click(mei().getByTestId('agent-save'));
    await waitFor(() => expect(mei().getByTestId('agent-result').dataset.status).toBe('ok'));
    expect(mei().getByTestId('agent-result').textContent).toBe('已保存');
    expect(await db.agents.toArray()).toEqual([{ key: '旗舰店:小美', displayName: '小美（早班）', role: 'presale', aliases: ['旗舰店:小美02'], isMe: false }]);
    // The renamed account is now part of 小美, not a row of its own; the row shows the display name.
    await waitFor(() => expect(rowKeys()).toHaveLength(2));
    expect(rowKeys()).not.toContain('旗舰店:小美02');
    expect(row('旗舰店:小美').querySelector('.agent-name')!.textContent).toBe('小美（早班）');
  });

  test('"this is me" moves: marking one unmarks the other in the draft, and saving stores one me', async () => {
    const user = userEvent.setup();
    const db = await seeded();
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: true });
    renderWithDatabase(<AgentsSection />, db);
    await waitFor(() => expect((within(row('旗舰店:小美')).getByTestId('agent-me') as HTMLInputElement).checked).toBe(true));

    await user.click(within(row('旗舰店:阿珍')).getByTestId('agent-me'));
    expect((within(row('旗舰店:小美')).getByTestId('agent-me') as HTMLInputElement).checked).toBe(false);
    await user.click(within(row('旗舰店:阿珍')).getByTestId('agent-save'));
    await waitFor(async () => expect((await db.agents.toArray()).filter((p) => p.isMe).map((p) => p.key)).toEqual(['旗舰店:阿珍']));
  });

  test('search narrows the list by name or account, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithDatabase(<AgentsSection />, await seeded());
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    await user.type(screen.getByTestId('agent-search'), '小美');
    expect(rowKeys().sort()).toEqual(['旗舰店:小美', '旗舰店:小美02']);
    await user.clear(screen.getByTestId('agent-search'));
    await user.type(screen.getByTestId('agent-search'), '老王');
    expect(screen.queryAllByTestId('agent-row')).toHaveLength(0);
    expect(screen.getByText('没有匹配“老王”的客服。')).toBeTruthy();
  });
});
