/** Why an extension page asks the background for a sync pass. */
export type SyncRequestReason = 'surfaceOpened' | 'syncNow';

/** `ran`: sync is on and the pass ran (syncNow) or was asked for (surfaceOpened); its outcome is in the stored status. */
export interface SyncRequestReply {
  ran: boolean;
}

export function isSyncRequestReason(value: unknown): value is SyncRequestReason {
  return value === 'surfaceOpened' || value === 'syncNow';
}
