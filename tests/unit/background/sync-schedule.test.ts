import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSyncSchedule, keepRecentConflicts, RECENT_CONFLICTS_KEPT, type SyncScheduleDeps } from '@/lib/background/sync-schedule';
import { applySyncAlarm, SYNC_ALARM, SYNC_PERIOD_MINUTES, type AlarmsApi } from '@/lib/background/sync-alarm';
import { handleSyncRequest } from '@/lib/background/handle-sync-request';
import type { SyncPassResult, SyncSettings, SyncStatus } from '@/lib/sync/sync-contract';
import { DEFAULT_SYNC_SETTINGS, NO_SYNC_STATUS } from '@/lib/sync/sync-settings-store';

const ON: SyncSettings = { enabled: true, serverUrl: 'https://couch.example.com', username: '店长', role: 'manager', shops: ['旗舰店'] };
const done = (at: string, over: Partial<SyncPassResult> = {}): SyncPassResult => ({ at, pushed: 1, pulled: 2, pending: 0, conflicts: [], problem: null, ...over });

/** A schedule over a fake engine whose passes end when the test says so. */
function harness(settings: SyncSettings = ON) {
  let status: SyncStatus = NO_SYNC_STATUS;
  const writes: SyncStatus[] = [];
  const finish: Array<(r: SyncPassResult) => void> = [];
  const deps: SyncScheduleDeps = {
    readSettings: async () => settings,
    runPass: vi.fn(() => new Promise<SyncPassResult>((resolve) => finish.push(resolve))),
    readStatus: async () => status,
    writeStatus: async (s) => void writes.push((status = s)),
    report: vi.fn(),
    now: () => new Date('2026-12-01T10:00:00.000Z'),
  };
  return { schedule: createSyncSchedule(deps), deps, writes, finish, status: () => status };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the sync schedule', () => {
  test('one pass at a time: requests during a pass run once after it, and the status is written after each', async () => {
    const h = harness();
    const first = h.schedule.request();
    await settle();
    expect(h.deps.runPass).toHaveBeenCalledTimes(1);
    expect(h.status().state).toBe('syncing');
    const second = h.schedule.request();
    const third = h.schedule.request();
    expect(second).toBe(third);
    await settle();
    expect(h.deps.runPass).toHaveBeenCalledTimes(1); // no overlap
    h.finish[0]!(done('2026-12-01T10:00:01.000Z'));
    await first;
    await settle();
    expect(h.deps.runPass).toHaveBeenCalledTimes(2); // the queued requests share one pass
    h.finish[1]!(done('2026-12-01T10:00:05.000Z', { problem: { code: 'unreachable' }, pending: 4 }));
    await second;
    await settle();
    expect(h.deps.runPass).toHaveBeenCalledTimes(2);
    expect(h.writes.map((w) => w.state)).toEqual(['syncing', 'idle', 'syncing', 'error']);
    // A failed pass keeps the time of the last one that completed.
    expect(h.status()).toEqual({ state: 'error', lastSuccessAt: '2026-12-01T10:00:01.000Z', lastPass: done('2026-12-01T10:00:05.000Z', { problem: { code: 'unreachable' }, pending: 4 }) });
  });

  test('a losing edit stays listed after the next pass (which found none), each once, newest first', async () => {
    const h = harness();
    const lost = { id: 'scheme:presale', kind: 'scheme' as const, lostEditAt: '2026-12-01T09:00:00.000Z', lost: { name: '王经理的方案' } };
    const first = h.schedule.request();
    await settle();
    h.finish[0]!(done('2026-12-01T10:00:01.000Z', { conflicts: [lost] }));
    await first;
    const second = h.schedule.request();
    await settle();
    h.finish[1]!(done('2026-12-01T10:15:01.000Z'));
    await second;
    expect(h.status().lastPass?.conflicts).toEqual([]);
    expect(h.status().recentConflicts).toEqual([lost]);
    const newer = { ...lost, id: 'profile:旗舰店:小美', kind: 'profile' as const, lostEditAt: '2026-12-01T10:10:00.000Z' };
    expect(keepRecentConflicts([newer, lost], [lost])).toEqual([newer, lost]);
    const many = Array.from({ length: 30 }, (_, i) => ({ ...lost, lostEditAt: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` }));
    expect(keepRecentConflicts(many, [])).toHaveLength(RECENT_CONFLICTS_KEPT);
  });

  test('sync off: no pass, and the status says off', async () => {
    const h = harness(DEFAULT_SYNC_SETTINGS);
    await h.schedule.request();
    expect(h.deps.runPass).not.toHaveBeenCalled();
    expect(h.writes).toEqual([]); // already off: nothing written either
  });

  test('an engine that throws becomes a server error with its words, and is reported', async () => {
    const h = harness();
    h.deps.runPass = vi.fn(async () => {
      throw new Error('boom');
    });
    const schedule = createSyncSchedule(h.deps);
    await schedule.request();
    expect(h.deps.report).toHaveBeenCalledTimes(1);
    expect(h.status().state).toBe('error');
    expect(h.status().lastPass?.problem).toEqual({ code: 'server_error', detail: 'boom' });
    expect(h.status().lastPass?.at).toBe('2026-12-01T10:00:00.000Z');
  });

  test('after captures: one pass 5 s after the last of a burst', async () => {
    const h = harness();
    h.schedule.requestSoon();
    await vi.advanceTimersByTimeAsync(3_000);
    h.schedule.requestSoon();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(h.deps.runPass).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(h.deps.runPass).toHaveBeenCalledTimes(1);
  });
});

describe('the alarm', () => {
  function fakeAlarms() {
    const alarms = new Map<string, { periodInMinutes?: number }>();
    const api: AlarmsApi = {
      get: async (name) => (alarms.has(name) ? { name } : undefined),
      create: vi.fn(async (name, info) => void alarms.set(name, info)),
      clear: async (name) => alarms.delete(name),
    };
    return { api, alarms };
  }

  test('exists exactly while sync is on, created once, every 15 minutes', async () => {
    const { api, alarms } = fakeAlarms();
    await applySyncAlarm(api, DEFAULT_SYNC_SETTINGS);
    expect(alarms.size).toBe(0);
    await applySyncAlarm(api, ON);
    await applySyncAlarm(api, ON);
    expect(api.create).toHaveBeenCalledTimes(1);
    expect(alarms.get(SYNC_ALARM)).toEqual({ delayInMinutes: SYNC_PERIOD_MINUTES, periodInMinutes: 15 });
    await applySyncAlarm(api, { ...ON, enabled: false });
    expect(alarms.size).toBe(0);
  });
});

describe('syncRequest from a surface', () => {
  const context = (settings: SyncSettings) => {
    const schedule = { request: vi.fn(async () => {}), requestSoon: vi.fn() };
    return { schedule, ctx: { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext', schedule, readSettings: async () => settings } };
  };
  const options = { id: 'ext', url: 'chrome-extension://ext/options.html' };

  test('a surface of this extension asks for a pass while sync is on', async () => {
    const { schedule, ctx } = context(ON);
    expect(await handleSyncRequest('syncNow', options, ctx)).toEqual({ ran: true });
    expect(await handleSyncRequest('surfaceOpened', { id: 'ext', url: 'chrome-extension://ext/popup.html' }, ctx)).toEqual({ ran: true });
    expect(schedule.request).toHaveBeenCalledTimes(2);
  });

  test('sync off, a content script, another extension or a bad reason: nothing is asked', async () => {
    const off = context(DEFAULT_SYNC_SETTINGS);
    expect(await handleSyncRequest('syncNow', options, off.ctx)).toEqual({ ran: false });
    const on = context(ON);
    expect(await handleSyncRequest('syncNow', { id: 'ext', url: 'https://sycm.taobao.com/', tab: { id: 1 } }, on.ctx)).toEqual({ ran: false });
    expect(await handleSyncRequest('syncNow', { id: 'other', url: 'chrome-extension://ext/options.html' }, on.ctx)).toEqual({ ran: false });
    expect(await handleSyncRequest('wipe', options, on.ctx)).toEqual({ ran: false });
    expect(off.schedule.request).not.toHaveBeenCalled();
    expect(on.schedule.request).not.toHaveBeenCalled();
  });
});
