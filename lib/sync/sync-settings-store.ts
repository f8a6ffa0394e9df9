import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { SyncSettings, SyncStatus } from './sync-contract';

// Settings and status live in chrome.storage.local, not IndexedDB: the background reads them on every
// alarm without opening the main database, and the options page hears changes through storage.onChanged.
export const SYNC_SETTINGS_KEY = 'syncSettings';
export const SYNC_STATUS_KEY = 'syncStatus';

/** Off until the user switches it on: no alarm, no request. */
export const DEFAULT_SYNC_SETTINGS: SyncSettings = Object.freeze({ enabled: false, serverUrl: '', username: '', role: 'agent', shops: [] }) as SyncSettings;

export const NO_SYNC_STATUS: SyncStatus = Object.freeze({ state: 'off', lastPass: null, lastSuccessAt: null }) as SyncStatus;

const settingsSchema = z.object({
  enabled: z.boolean(),
  serverUrl: z.string().max(2000),
  username: z.string().max(200),
  role: z.enum(['manager', 'agent']),
  shops: z.array(z.string().min(1).max(200)).max(1000),
  ownDatabase: z.boolean().optional(),
});

const problemSchema = z.object({
  code: z.enum(['unauthorized', 'forbidden', 'unreachable', 'not_found', 'server_error', 'no_permission', 'no_password']),
  detail: z.string().optional(),
  shop: z.string().optional(),
  agentAccount: z.string().optional(),
});

const conflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['scheme', 'profile', 'values', 'capture']),
  lostEditAt: z.string().optional(),
  lost: z.unknown(),
});

const passSchema = z.object({
  at: z.string(),
  pushed: z.number(),
  pulled: z.number(),
  pending: z.number(),
  conflicts: z.array(conflictSchema),
  problem: problemSchema.nullable(),
});

const statusSchema = z.object({
  state: z.enum(['off', 'idle', 'syncing', 'error']),
  lastPass: passSchema.nullable(),
  lastSuccessAt: z.string().nullable(),
  recentConflicts: z.array(conflictSchema).optional(),
});

/**
 * What is stored, checked. Nothing stored means off; a stored value that does not pass (a newer version's
 * shape, a hand edit) also reads as off, so a broken setting can never start requests, and it stays in
 * storage untouched until the user saves again (`damaged` lets the page say so).
 */
export async function readSyncSettings(): Promise<{ settings: SyncSettings; damaged: boolean }> {
  const stored = (await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY];
  if (stored === undefined) return { settings: DEFAULT_SYNC_SETTINGS, damaged: false };
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? { settings: parsed.data, damaged: false } : { settings: DEFAULT_SYNC_SETTINGS, damaged: true };
}

export async function writeSyncSettings(settings: SyncSettings): Promise<void> {
  await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** The last status the background wrote; anything unreadable reads as no pass yet. */
export async function readSyncStatus(): Promise<SyncStatus> {
  const parsed = statusSchema.safeParse((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]);
  return parsed.success ? (parsed.data as SyncStatus) : NO_SYNC_STATUS;
}

export async function writeSyncStatus(status: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
}

/** Parses a value seen in storage.onChanged (the views follow the background's writes live). */
export function parseSyncSettings(value: unknown): SyncSettings | null {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseSyncStatus(value: unknown): SyncStatus | null {
  const parsed = statusSchema.safeParse(value);
  return parsed.success ? (parsed.data as SyncStatus) : null;
}
