import type { SyncSettings } from '../sync';

export const SYNC_ALARM = 'kefu-team-sync';
/** Between passes while the browser is open: a day's captures reach the team within a quarter hour. */
export const SYNC_PERIOD_MINUTES = 15;

/** The part of chrome.alarms the schedule uses. */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/**
 * The periodic pass exists exactly while sync is on. An alarm already there is left alone: the worker
 * starts many times a day and re-creating it would push the next pass back each time.
 */
export async function applySyncAlarm(alarms: AlarmsApi, settings: SyncSettings): Promise<void> {
  if (!settings.enabled) {
    await alarms.clear(SYNC_ALARM);
    return;
  }
  if (await alarms.get(SYNC_ALARM)) return;
  await alarms.create(SYNC_ALARM, { delayInMinutes: SYNC_PERIOD_MINUTES, periodInMinutes: SYNC_PERIOD_MINUTES });
}
