// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncSection } from '@/components/options/SyncSection';
import { SyncStatusView } from '@/components/options/SyncStatusView';
import { render } from '@testing-library/react';
import { importFile } from '@/lib/io/import-file';
import { SYNC_SETTINGS_KEY } from '@/lib/sync/sync-settings-store';
import type { SyncProblemCode, SyncStatus } from '@/lib/sync/sync-contract';
import { freshDatabase, renderWithDatabase } from '../support/render-with-database';

describe('SyncSection', () => {
  test('off by default; the shops the local data knows are offered', async () => {
    const db = freshDatabase();
    const csv = ['period_start,period_end,agent,metric,value', '2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1', '2026-11-20,2026-11-20,专卖店:阿珍,reply_rate,99'].join('\n');
    expect((await importFile(db, csv, new Date('2026-11-27T08:00:00+08:00'))).ok).toBe(true);
    renderWithDatabase(<SyncSection />, db);
    await waitFor(() => expect((screen.getByTestId('sync-enabled') as HTMLInputElement).checked).toBe(false));
    expect(screen.getByTestId('sync-status').dataset.state).toBe('off');
    expect((screen.getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('sync-shop').map((s) => s.dataset.shop).sort()).toEqual(['专卖店', '旗舰店'].sort()));
  });

  test('a bad address gets its message, and switching on is refused with every problem named; nothing is stored', async () => {
    const user = userEvent.setup();
    renderWithDatabase(<SyncSection />, freshDatabase());
    await waitFor(() => screen.getByTestId('sync-url'));
    await user.type(screen.getByTestId('sync-url'), 'https://admin:pw@couch.example.com');
    await user.tab();
    expect(screen.getByTestId('sync-url-problem').textContent).toBe('地址里不能包含账号或密码，请分别填在下面的“账号”和“密码”里。');
    await user.click(screen.getByTestId('sync-enabled'));
    expect((screen.getByTestId('sync-enabled') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('请填写账号。')).toBeTruthy();
    expect(screen.getByText('请填写密码。')).toBeTruthy();
    expect(screen.getByText('请至少选择或添加一家店铺。')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get(SYNC_SETTINGS_KEY)).toEqual({});
  });

  test('a typed shop is added; one with a colon is refused in words', async () => {
    const user = userEvent.setup();
    renderWithDatabase(<SyncSection />, freshDatabase());
    await waitFor(() => screen.getByTestId('sync-shop-input'));
    await user.type(screen.getByTestId('sync-shop-input'), '旗舰店:小美');
    await user.click(screen.getByTestId('sync-shop-add'));
    expect(screen.getByText('店铺名里不能有冒号：客服账号冒号前的部分才是店铺名。')).toBeTruthy();
    await user.clear(screen.getByTestId('sync-shop-input'));
    await user.type(screen.getByTestId('sync-shop-input'), '旗舰店');
    await user.click(screen.getByTestId('sync-shop-add'));
    expect(screen.getAllByTestId('sync-shop').map((s) => s.dataset.shop)).toEqual(['旗舰店']);
  });
});

describe('SyncStatusView: the last problem in words, with what to do next', () => {
  test('an agent database the manager could not fill: the shop synced, the account named, what to run', () => {
    const at = '2026-11-27T08:00:00.000Z';
    const problem = { code: 'not_found' as const, shop: '旗舰店', agentAccount: 'amei', detail: 'kefu-agent-mfwwk2i: not_found: Database does not exist.' };
    render(<SyncStatusView status={{ state: 'error', lastSuccessAt: null, lastPass: { at, pushed: 12, pulled: 0, pending: 0, conflicts: [], problem } }} />);
    const words = [...screen.getByTestId('sync-problem').querySelectorAll('p')].map((p) => p.textContent);
    expect(words).toEqual([
      '店铺的数据已同步，但客服账号 amei 的专属数据库没有更新。',
      '服务器上没有客服账号 amei 的专属数据库。请运行 npm run sync:setup -- --own 重新创建；这个客服不再需要时，用 --drop-own 取消（见 docs/team-sync.md）。',
      '店铺：旗舰店',
      '详细信息：kefu-agent-mfwwk2i: not_found: Database does not exist.',
    ]);
  });

  const NEXT: Record<SyncProblemCode, RegExp> = {
    unauthorized: /核对账号/,
    forbidden: /联系主管/,
    unreachable: /检查服务器地址/,
    not_found: /npm run sync:setup/,
    server_error: /自动重试/,
    no_permission: /允许/,
    no_password: /输入密码/,
  };
  for (const [code, words] of Object.entries(NEXT) as [SyncProblemCode, RegExp][]) {
    test(code, () => {
      const status: SyncStatus = { state: 'error', lastSuccessAt: null, lastPass: { at: '2026-12-01T09:00:00Z', pushed: 0, pulled: 0, pending: 2, conflicts: [], problem: { code, shop: '旗舰店' } } };
      render(<SyncStatusView status={status} />);
      expect(screen.getByTestId('sync-problem').dataset.code).toBe(code);
      expect(screen.getByTestId('sync-problem').textContent).toMatch(words);
      expect(screen.getByTestId('sync-problem').textContent).toContain('店铺：旗舰店');
      expect(screen.getByTestId('sync-status').textContent).toContain('尚未上传的本地更改：2 条');
    });
  }

  test('a conflict lists the losing edit, kept', () => {
    const status: SyncStatus = {
      state: 'idle',
      lastSuccessAt: '2026-12-01T09:00:00Z',
      lastPass: { at: '2026-12-01T09:00:00Z', pushed: 1, pulled: 1, pending: 0, problem: null, conflicts: [{ id: 'scheme:presale', kind: 'scheme', lost: { name: '售前方案 B' } }] },
    };
    render(<SyncStatusView status={status} />);
    const conflict = screen.getByTestId('sync-conflict');
    expect(conflict.dataset.id).toBe('scheme:presale');
    expect(conflict.textContent).toContain('考核方案');
    expect(conflict.querySelector('pre')!.textContent).toContain('售前方案 B');
  });
});
