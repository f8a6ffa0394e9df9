import type { KefuDatabase } from '../db';
import { DEFAULT_SYNC_SETTINGS, parseSyncSettings, readSyncSettings, readSyncStatus, runSyncPass, SYNC_SETTINGS_KEY, writeSyncStatus } from '../sync';
import { applySyncAlarm, type AlarmsApi, SYNC_ALARM } from './sync-alarm';
import { createSyncSchedule, type SyncSchedule } from './sync-schedule';

export interface TeamSyncWiring {
  db: KefuDatabase;
  alarms: AlarmsApi & { onAlarm: { addListener(listener: (alarm: { name: string }) => void): void } };
  storage: { onChanged: { addListener(listener: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void): void } };
  report(error: unknown): unknown;
}

/**
 * The background's side of team sync: the alarm follows the settings, the alarm and a settings change
 * (switched on, server or shops changed) start a pass. Returns the schedule for the capture and message
 * handlers. Listeners are added synchronously, as MV3 wants them at the worker's first turn.
 */
export function startTeamSync(wiring: TeamSyncWiring): SyncSchedule {
  const readSettings = async () => (await readSyncSettings()).settings;
  const schedule = createSyncSchedule({
    readSettings,
    runPass: (settings) => runSyncPass(wiring.db, settings),
    readStatus: readSyncStatus,
    writeStatus: writeSyncStatus,
    report: wiring.report,
  });
  const fail = (error: unknown) => void wiring.report(error);
  void readSettings()
    .then((settings) => applySyncAlarm(wiring.alarms, settings))
    .catch(fail);
  wiring.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) schedule.request().catch(fail);
  });
  wiring.storage.onChanged.addListener((changes, area) => {
    const change = changes[SYNC_SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    // Unreadable counts as off, as readSyncSettings reads it.
    const settings = parseSyncSettings(change.newValue);
    applySyncAlarm(wiring.alarms, settings ?? DEFAULT_SYNC_SETTINGS).catch(fail);
    // A pass also when switched off: it marks the status off and asks nothing of the network.
    schedule.request().catch(fail);
  });
  return schedule;
}
