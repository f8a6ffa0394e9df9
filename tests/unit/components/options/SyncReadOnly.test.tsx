// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AgentsSection } from '@/components/options/AgentsSection';
import { SchemeSection } from '@/components/options/SchemeSection';
import { SitesSection } from '@/components/options/SitesSection';
import { importFile } from '@/lib/io/import-file';
import { SYNC_SETTINGS_KEY } from '@/lib/sync/sync-settings-store';
import type { SyncSettings } from '@/lib/sync/sync-contract';
import { freshDatabase, renderWithDatabase } from '../support/render-with-database';

const CSV = ['period_start,period_end,agent,metric,value', '2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1', '2026-11-20,2026-11-20,旗舰店:阿珍,return_rate,3.1'].join('\n');
const synced = (role: SyncSettings['role']): SyncSettings => ({ enabled: true, serverUrl: 'https://couch.example.com', username: 'u', role, shops: ['旗舰店'] });

async function seeded() {
  const db = freshDatabase();
  expect((await importFile(db, CSV, new Date('2026-11-27T08:00:00+08:00'))).ok).toBe(true);
  return db;
}

/** Disabled by itself or by a disabled fieldset around it (happy-dom does not carry a fieldset's disabled to :disabled; Chromium does). */
const isDisabled = (el: Element) => (el as HTMLInputElement).disabled || el.closest('fieldset[disabled]') !== null;

const replyTarget = () => within(screen.getAllByTestId('scheme-metric-row').find((r) => r.dataset.metric === 'reply_rate')!).getByRole('textbox', { name: /目标/ }) as HTMLInputElement;

describe("an agent's synced browser: the manager's scheme and profiles are read-only", () => {
  test('the scheme is marked as set by the manager, its inputs are disabled and there is no save', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: synced('agent') });
    renderWithDatabase(<SchemeSection />, freshDatabase());
    await waitFor(() => expect(screen.getByTestId('managed-banner').textContent).toBe('由主管统一设置，已同步。这里只能查看；需要修改请联系主管。'));
    expect((screen.getByTestId('scheme-editor') as HTMLFieldSetElement).disabled).toBe(true);
    expect(isDisabled(replyTarget())).toBe(true);
    expect(screen.queryByTestId('scheme-save')).toBeNull();
    expect(screen.queryByTestId('scheme-new-version')).toBeNull();
    expect(screen.queryByTestId('scheme-delete-version')).toBeNull();
    // The versions can still be looked at.
    expect(isDisabled(screen.getAllByTestId('scheme-version')[0]!)).toBe(false);
  });

  test("agent profiles: banner, names and roles disabled, search still works, and 这是我 is the agent's own", async () => {
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: synced('agent') });
    const db = await seeded();
    renderWithDatabase(<AgentsSection />, db);
    await waitFor(() => expect(screen.getAllByTestId('agent-row')).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('managed-banner')).toBeTruthy());
    expect(screen.getByTestId('agents-editor').dataset.readOnly).toBe('true');
    expect(screen.getAllByTestId('agent-name').every(isDisabled)).toBe(true);
    expect(screen.getAllByTestId('agent-role').every(isDisabled)).toBe(true);
    expect(isDisabled(screen.getByTestId('agent-search'))).toBe(false);
    // "This is me" never leaves the browser (the profile document has no isMe): an agent marks it here.
    const row = screen.getAllByTestId('agent-row').find((r) => r.dataset.agent === '旗舰店:小美')!;
    const me = within(row).getByTestId('agent-me') as HTMLInputElement;
    expect(isDisabled(me)).toBe(false);
    fireEvent.click(me);
    const save = within(row).getByTestId('agent-save') as HTMLButtonElement;
    expect(isDisabled(save)).toBe(false);
    fireEvent.click(save);
    await waitFor(async () => expect((await db.agents.get('旗舰店:小美'))?.isMe).toBe(true));
    expect((await db.agents.get('旗舰店:小美'))?.displayName ?? '').toBe('');
  });

  test('a manager, or sync off, edits as before', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: synced('manager') });
    const { unmount } = renderWithDatabase(<SchemeSection />, freshDatabase());
    await waitFor(() => expect(isDisabled(replyTarget())).toBe(false));
    expect(screen.queryByTestId('managed-banner')).toBeNull();
    expect(screen.getByTestId('scheme-save')).toBeTruthy();
    unmount();
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: { ...synced('agent'), enabled: false } });
    renderWithDatabase(<AgentsSection />, await seeded());
    await waitFor(() => expect(screen.getAllByTestId('agent-row')).toHaveLength(2));
    expect(screen.queryByTestId('managed-banner')).toBeNull();
    expect(screen.getAllByTestId('agent-name').every((input) => !isDisabled(input))).toBe(true);
  });

  test('switching to agent while the page is open makes the scheme read-only at once', async () => {
    renderWithDatabase(<SchemeSection />, freshDatabase());
    await waitFor(() => expect(isDisabled(replyTarget())).toBe(false));
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: synced('agent') });
    await waitFor(() => expect(isDisabled(replyTarget())).toBe(true));
  });

  test('sites stay editable on an agent browser', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: synced('agent') });
    renderWithDatabase(<SitesSection />, freshDatabase());
    expect(isDisabled(screen.getByTestId('site-input'))).toBe(false);
    expect(screen.queryByTestId('managed-banner')).toBeNull();
  });
});
