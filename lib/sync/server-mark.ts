import type { PouchDatabase } from './pouch-types';

/** The design document every database gets from sync:setup; its `incarnation` is drawn when it is first written. */
export const SETUP_DESIGN_ID = '_design/kefu-readonly';

/**
 * Which server database a mirror last synced with: the setup's incarnation (new when the database was deleted
 * and set up again) and how far its sequence had gone.
 */
export interface ServerMark {
  incarnation: string | null;
  seq: number;
}

/** CouchDB 3's sequences are opaque strings that start with a count ("1204-g1AAAA…"); pouchdb-server's are numbers. */
export function seqCount(seq: number | string): number {
  const n = typeof seq === 'number' ? seq : Number.parseInt(seq, 10);
  return Number.isFinite(n) ? n : 0;
}

export async function readServerMark(remote: Pick<PouchDatabase, 'get' | 'info'>): Promise<ServerMark> {
  const [design, info] = await Promise.all([
    remote.get(SETUP_DESIGN_ID).catch((error: unknown) => {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }),
    remote.info(),
  ]);
  const incarnation = typeof design?.incarnation === 'string' ? design.incarnation : null;
  return { incarnation, seq: seqCount(info.update_seq) };
}

/**
 * Whether the server's database is not the one the mirror's checkpoints speak of: deleted and set up again
 * (a new incarnation), or restored from a backup (its sequence went back). Our checkpoints live on one side
 * only (agents may not write to the server), so PouchDB cannot see this itself: it would resume at the old
 * sequence and miss what the new database holds. A false alarm (a cluster's replicas answering with
 * different counts) only costs one full comparison.
 */
export function serverStartedOver(last: ServerMark | undefined, now: ServerMark): boolean {
  if (!last) return false;
  return last.incarnation !== now.incarnation || now.seq < last.seq;
}
