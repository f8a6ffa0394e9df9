/**
 * Team sync (issue 13): what the sync engine (run-sync-pass.ts and the document bridge) and the
 * surfaces (options 团队同步, the background's schedule) agree on. Types only.
 */

/** A manager's browser pushes and pulls; an agent's browser only pulls (the server refuses its writes). */
export type SyncRole = 'manager' | 'agent';

/** What the user set in options › 团队同步. The password is never part of it (see storeSyncPassword). */
export interface SyncSettings {
  enabled: boolean;
  /** The CouchDB server's base URL, e.g. https://couch.example.com:6984 (no path, no credentials). */
  serverUrl: string;
  username: string;
  role: SyncRole;
  /** Shop keys (the shop part of agent keys) whose databases are synced. */
  shops: string[];
  /**
   * An agent only: pull the account's own database (`kefu-agent-…`, filled by the manager's browser with
   * that agent's numbers) instead of the shops', in shops where agents may see only their own numbers.
   * Absent in settings stored before it existed: the shops' databases.
   */
  ownDatabase?: boolean;
}

/** Why a pass stopped, as a code the views turn into words and a next step. */
export type SyncProblemCode =
  | 'unauthorized' // wrong account or password, or the session expired and the password is gone
  | 'forbidden' // the account may not read (or, for a manager, write) that shop's database
  | 'unreachable' // no answer from the server (down, wrong address, offline)
  | 'not_found' // the shop's database does not exist on the server (run npm run sync:setup)
  | 'server_error' // the server answered 5xx or something unreadable
  | 'no_permission' // the browser's host permission for the server's origin is missing
  | 'no_password'; // nothing stored to log in with: enter the password again

export interface SyncProblem {
  code: SyncProblemCode;
  /** The server's or the browser's own words, for the error log; never shown alone. */
  detail?: string;
  /** The shop whose database failed, when one did. */
  shop?: string;
  /** A manager's pass: the agent account whose own database could not be filled (the shop's sync completed). */
  agentAccount?: string;
}

/** An edit that lost to CouchDB's winner: kept and shown, never dropped silently. */
export interface SyncConflict {
  /** The document's id (derived from the same keys as the local records). */
  id: string;
  /** What it is, for the words: a KPI scheme, an agent profile, a month record … */
  kind: 'scheme' | 'profile' | 'values' | 'capture';
  /** ISO time the losing edit was made, when known. */
  lostEditAt?: string;
  /** The losing revision's content, as stored. */
  lost: unknown;
}

export interface SyncPassResult {
  /** ISO time the pass ended. */
  at: string;
  pushed: number;
  pulled: number;
  /** Local changes not yet on the server after this pass (0 when it completed). */
  pending: number;
  conflicts: SyncConflict[];
  /** null: the pass completed. */
  problem: SyncProblem | null;
  /** Pulled documents refused by their check (not stored; nothing local changed), with why. */
  skipped?: { id: string; reason: string }[];
}

/** What options shows: off, the last pass and what to do next. */
export interface SyncStatus {
  state: 'off' | 'idle' | 'syncing' | 'error';
  lastPass: SyncPassResult | null;
  /** The last pass that completed, for "上次同步 …". */
  lastSuccessAt: string | null;
  /** The latest losing edits (newest first, at most RECENT_CONFLICTS_KEPT), kept across passes: the next
   * pass, 15 minutes on, must not hide one the manager has not seen. Absent: none. */
  recentConflicts?: SyncConflict[];
}
