import type { SyncStatus } from './sync-contract';

/**
 * Whether a pass has ended (completed or failed) since `since` (ISO time, when sync was switched on): then
 * "正在进行第一次同步" is no longer true, and the status below it says how that pass went.
 */
export function firstPassEnded(status: Pick<SyncStatus, 'lastPass'>, since: string): boolean {
  const at = status.lastPass?.at;
  return at !== undefined && Date.parse(at) >= Date.parse(since);
}
