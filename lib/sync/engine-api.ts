import type { KefuDatabase } from '../db';
import type { SyncPassResult, SyncSettings } from './sync-contract';
import { runSyncPass as runPass } from './run-sync-pass';
import { forgetSyncPassword as forget, hasSyncPassword as has, readSyncPassword, storeSyncPassword as store } from './sync-password';

// What the surfaces call: the engine's pass with the stored password, and the password store itself.

/** One pass: push (manager) and pull for each shop of `settings`, logged in with the stored password. */
export async function runSyncPass(db: KefuDatabase, settings: SyncSettings): Promise<SyncPassResult> {
  const password = await readSyncPassword();
  return runPass(db, settings, password === null ? null : { username: settings.username, password });
}

/** Keeps the password for the server, encrypted at rest (sync-password.ts). */
export async function storeSyncPassword(password: string): Promise<void> {
  await store(password);
}

export async function forgetSyncPassword(): Promise<void> {
  await forget();
}

export async function hasSyncPassword(): Promise<boolean> {
  return has();
}
