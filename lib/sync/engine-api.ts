import type { KefuDatabase } from '../db';
import type { SyncPassResult, SyncSettings } from './sync-contract';

// A stand-in for the sync engine (branch sync-core), which replaces these bodies at merge with the same
// names and signatures. Until then a pass says the engine is not there, and no password is kept anywhere.

/** One pass: push (manager) and pull for each shop of `settings`, then the outcome. */
export async function runSyncPass(_db: KefuDatabase, _settings: SyncSettings): Promise<SyncPassResult> {
  return { at: new Date().toISOString(), pushed: 0, pulled: 0, pending: 0, conflicts: [], problem: { code: 'unreachable', detail: 'engine not built yet' } };
}

/** Keeps the password for the CouchDB session, encrypted at rest by the engine. */
export async function storeSyncPassword(_password: string): Promise<void> {}

export async function forgetSyncPassword(): Promise<void> {}

export async function hasSyncPassword(): Promise<boolean> {
  return false;
}
