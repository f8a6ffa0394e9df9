import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startTeamSync } from '@/lib/background/start-team-sync';
import { SYNC_ALARM } from '@/lib/background/sync-alarm';
import { readSyncStatus, writeSyncSettings } from '@/lib/sync/sync-settings-store';
import type { KefuDatabase } from '@/lib/db';

const ON = { enabled: true, serverUrl: 'https://couch.example.com', username: '店长', role: 'manager' as const, shops: ['旗舰店'] };

beforeEach(() => fakeBrowser.reset());

describe('the background wiring of team sync', () => {
  test('off: no alarm, no pass; switched on: the alarm and a pass; switched off: the alarm goes', async () => {
    const report = vi.fn();
    startTeamSync({ db: {} as KefuDatabase, alarms: fakeBrowser.alarms, storage: fakeBrowser.storage, report });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    expect((await readSyncStatus()).state).toBe('off');

    await writeSyncSettings(ON);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(15));
    // No password was ever stored: the engine's pass stops before any request, and the status says so.
    await vi.waitFor(async () => expect((await readSyncStatus()).lastPass?.problem).toEqual({ code: 'no_password' }));
    expect((await readSyncStatus()).state).toBe('error');

    await writeSyncSettings({ ...ON, enabled: false });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    await vi.waitFor(async () => expect((await readSyncStatus()).state).toBe('off'));
    expect(report).not.toHaveBeenCalled();
  });
});
