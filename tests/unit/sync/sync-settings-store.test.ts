import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SYNC_SETTINGS, NO_SYNC_STATUS, readSyncSettings, readSyncStatus, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, writeSyncSettings, writeSyncStatus } from '@/lib/sync/sync-settings-store';
import type { SyncSettings, SyncStatus } from '@/lib/sync/sync-contract';

const on: SyncSettings = { enabled: true, serverUrl: 'https://couch.example.com', username: '店长', role: 'manager', shops: ['旗舰店'] };

beforeEach(() => fakeBrowser.reset());

describe('sync settings in chrome.storage.local', () => {
  test('nothing stored reads as off', async () => {
    expect(await readSyncSettings()).toEqual({ settings: DEFAULT_SYNC_SETTINGS, damaged: false });
    expect(DEFAULT_SYNC_SETTINGS.enabled).toBe(false);
    expect(await readSyncStatus()).toEqual(NO_SYNC_STATUS);
  });

  test('what is written is read back, and no password is ever part of it', async () => {
    await writeSyncSettings(on);
    expect(await readSyncSettings()).toEqual({ settings: on, damaged: false });
    const stored = (await fakeBrowser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY];
    expect(Object.keys(stored as object).sort()).toEqual(['enabled', 'role', 'serverUrl', 'shops', 'username']);
  });

  test('a damaged value reads as off, says so, and is left in storage as it was', async () => {
    const broken = { enabled: true, serverUrl: 42, role: 'boss' };
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: broken });
    expect(await readSyncSettings()).toEqual({ settings: DEFAULT_SYNC_SETTINGS, damaged: true });
    expect((await fakeBrowser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]).toEqual(broken);
  });

  test('writing settings that fail the schema throws and stores nothing', async () => {
    await expect(writeSyncSettings({ ...on, role: 'boss' as never })).rejects.toThrow();
    expect(await readSyncSettings()).toEqual({ settings: DEFAULT_SYNC_SETTINGS, damaged: false });
  });

  test('a status round-trips with its problem and conflicts; an unreadable one reads as none', async () => {
    const status: SyncStatus = {
      state: 'error',
      lastSuccessAt: '2026-12-01T08:00:00.000Z',
      lastPass: { at: '2026-12-01T09:00:00.000Z', pushed: 1, pulled: 2, pending: 3, conflicts: [{ id: 'scheme:presale', kind: 'scheme', lost: { name: 'B' } }], problem: { code: 'forbidden', shop: '旗舰店' } },
    };
    await writeSyncStatus(status);
    expect(await readSyncStatus()).toEqual(status);
    await fakeBrowser.storage.local.set({ [SYNC_STATUS_KEY]: { state: 'dancing' } });
    expect(await readSyncStatus()).toEqual(NO_SYNC_STATUS);
  });
});
