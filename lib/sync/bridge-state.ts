import type { PushMark } from './bridge-out';
import type { PouchDatabase } from './pouch-types';
import type { ServerMark } from './server-mark';

/**
 * What the bridge between Dexie and a shop's mirror remembers, in the mirror's own `_local` document
 * (never replicated): how far the mirror's changes have been applied to Dexie, and which documents were
 * written for the server but not yet accepted by it.
 */
export interface BridgeState {
  /** The mirror's changes up to this seq are in Dexie. */
  appliedSeq: number | string;
  /** Written to the mirror for the server, not yet replicated: the pending count. */
  unpushed: string[];
  /** Refused by the server (403 on the document): written again on the next pass, after a role fix. */
  refused: string[];
  /** What the last push into the mirror saw (a manager's): the next compares only what changed since. */
  pushed?: PushMark;
  /** The server's database as of the last pass that replicated both ways: a different one starts over. */
  server?: ServerMark;
}

const STATE_ID = '_local/kefu-bridge';

export async function readBridgeState(mirror: PouchDatabase): Promise<BridgeState & { _rev?: string }> {
  try {
    const doc = (await mirror.get(STATE_ID)) as unknown as BridgeState & { _rev?: string };
    const p = doc.pushed;
    // A mark of another shape (an older version's) is dropped: the next push compares everything.
    const pushed = p && Number.isInteger(p.captureId) && (typeof p.captureAt === 'string' || p.captureAt === null) && typeof p.fullAt === 'string' ? { pushed: { captureId: p.captureId, captureAt: p.captureAt, fullAt: p.fullAt } } : {};
    const s = doc.server;
    const server = s && (typeof s.incarnation === 'string' || s.incarnation === null) && Number.isFinite(s.seq) ? { server: { incarnation: s.incarnation, seq: s.seq } } : {};
    return { appliedSeq: doc.appliedSeq ?? 0, unpushed: doc.unpushed ?? [], refused: doc.refused ?? [], ...pushed, ...server, ...(doc._rev ? { _rev: doc._rev } : {}) };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { appliedSeq: 0, unpushed: [], refused: [] };
    throw error;
  }
}

export async function writeBridgeState(mirror: PouchDatabase, state: BridgeState): Promise<void> {
  const current = await readBridgeState(mirror);
  await mirror.put({ _id: STATE_ID, ...(current._rev ? { _rev: current._rev } : {}), appliedSeq: state.appliedSeq, unpushed: state.unpushed, refused: state.refused, ...(state.pushed ? { pushed: state.pushed } : {}), ...(state.server ? { server: state.server } : {}) });
}
