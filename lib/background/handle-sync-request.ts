import { isSyncRequestReason, type SyncRequestReply } from '../messages';
import type { SyncSettings } from '../sync';
import type { SenderInfo } from './trusted-sender';
import type { SyncSchedule } from './sync-schedule';

/** The extension's own pages that show sync's outcome; nothing else may start a pass. */
const SURFACES = ['popup.html', 'sidepanel.html', 'options.html'];

export interface SyncRequestContext {
  extensionId: string;
  extensionOrigin: string;
  schedule: SyncSchedule;
  readSettings(): Promise<SyncSettings>;
}

/**
 * A surface opened (a pass in the background, answered at once) or 立即同步 (answered when the pass
 * ended). With sync off nothing is asked of the schedule: not even a timer.
 */
export async function handleSyncRequest(data: unknown, sender: SenderInfo, context: SyncRequestContext): Promise<SyncRequestReply> {
  const fromSurface = sender.id === context.extensionId && SURFACES.some((page) => sender.url?.startsWith(`${context.extensionOrigin}/${page}`));
  if (!fromSurface || !isSyncRequestReason(data)) return { ran: false };
  if (!(await context.readSettings()).enabled) return { ran: false };
  const pass = context.schedule.request();
  if (data === 'syncNow') await pass;
  return { ran: true };
}
