import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSyncForm, type SyncForm } from '@/lib/sync/sync-form';
import { DEFAULT_SYNC_SETTINGS, readSyncSettings, SYNC_SETTINGS_KEY, writeSyncSettings } from '@/lib/sync/sync-settings-store';

const agentForm: SyncForm = { serverUrl: 'https://couch.example.com', username: ' amei ', password: 'pw', role: 'agent', shops: [], ownDatabase: true };

beforeEach(() => fakeBrowser.reset());

describe('只同步我自己的数据 in the form', () => {
  test('an agent syncing its own database needs no shop, and the settings say so', () => {
    expect(checkSyncForm(agentForm, false)).toEqual({
      ok: true,
      pattern: 'https://couch.example.com/*',
      settings: { enabled: true, serverUrl: 'https://couch.example.com', username: 'amei', role: 'agent', shops: [], ownDatabase: true },
    });
  });

  test('without it, or for a manager (who fills the agents’ databases, never reads one), a shop is needed and the field is left out', () => {
    expect(checkSyncForm({ ...agentForm, ownDatabase: false }, false)).toEqual({ ok: false, problems: [{ field: 'shops', reason: 'empty' }] });
    expect(checkSyncForm({ ...agentForm, role: 'manager' }, false)).toEqual({ ok: false, problems: [{ field: 'shops', reason: 'empty' }] });
    const manager = checkSyncForm({ ...agentForm, role: 'manager', shops: ['旗舰店'] }, false);
    expect(manager.ok && manager.settings).toEqual({ enabled: true, serverUrl: 'https://couch.example.com', username: 'amei', role: 'manager', shops: ['旗舰店'] });
  });
});

describe('ownDatabase in stored settings', () => {
  test('settings stored before the field existed stay valid (the shops’ databases)', async () => {
    const old = { enabled: true, serverUrl: 'https://couch.example.com', username: 'amei', role: 'agent', shops: ['旗舰店'] };
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: old });
    expect(await readSyncSettings()).toEqual({ settings: old, damaged: false });
  });

  test('round-trips; anything but a boolean reads as damaged (off)', async () => {
    const own = { enabled: true, serverUrl: 'https://couch.example.com', username: 'amei', role: 'agent' as const, shops: [], ownDatabase: true };
    await writeSyncSettings(own);
    expect(await readSyncSettings()).toEqual({ settings: own, damaged: false });
    await fakeBrowser.storage.local.set({ [SYNC_SETTINGS_KEY]: { ...own, ownDatabase: 'yes' } });
    expect(await readSyncSettings()).toEqual({ settings: DEFAULT_SYNC_SETTINGS, damaged: true });
  });
});
