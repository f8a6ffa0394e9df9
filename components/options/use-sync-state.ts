import { useEffect, useState } from 'react';
import { DEFAULT_SYNC_SETTINGS, NO_SYNC_STATUS, parseSyncSettings, parseSyncStatus, readSyncSettings, readSyncStatus, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, type SyncSettings, type SyncStatus } from '@/lib/sync';

export interface SyncState {
  /** null until read. */
  settings: SyncSettings | null;
  damaged: boolean;
  status: SyncStatus;
}

/** Sync's settings and status from chrome.storage.local, live: the background writes the status after each pass. */
export function useSyncState(): SyncState {
  const [state, setState] = useState<SyncState>({ settings: null, damaged: false, status: NO_SYNC_STATUS });
  useEffect(() => {
    let alive = true;
    void Promise.all([readSyncSettings(), readSyncStatus()]).then(([{ settings, damaged }, status]) => {
      if (alive) setState({ settings, damaged, status });
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const settingsChange = changes[SYNC_SETTINGS_KEY];
      const statusChange = changes[SYNC_STATUS_KEY];
      setState((s) => ({
        settings: settingsChange ? (parseSyncSettings(settingsChange.newValue) ?? DEFAULT_SYNC_SETTINGS) : s.settings,
        damaged: settingsChange ? parseSyncSettings(settingsChange.newValue) === null && settingsChange.newValue !== undefined : s.damaged,
        status: statusChange ? (parseSyncStatus(statusChange.newValue) ?? NO_SYNC_STATUS) : s.status,
      }));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}

/** An agent's browser with sync on: the scheme, targets and profiles are the manager's, read-only here. */
export function useManagedByManager(): boolean {
  const { settings } = useSyncState();
  return settings?.enabled === true && settings.role === 'agent';
}
