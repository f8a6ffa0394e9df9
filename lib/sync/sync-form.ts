import type { SyncRole, SyncSettings } from './sync-contract';
import { parseServerUrl, type ServerUrlProblem } from './server-url';

/** What the options form holds before it is checked. The password is never part of the settings. */
export interface SyncForm {
  serverUrl: string;
  username: string;
  /** Typed now; '' keeps the stored one. */
  password: string;
  role: SyncRole;
  shops: readonly string[];
  /** An agent's "只同步我自己的数据": its own database instead of the shops' (then no shop is needed). */
  ownDatabase?: boolean;
}

export type SyncFormProblem = { field: 'serverUrl'; reason: ServerUrlProblem } | { field: 'username'; reason: 'empty' } | { field: 'password'; reason: 'empty' } | { field: 'shops'; reason: 'empty' };

export type CheckedSyncForm = { ok: true; settings: SyncSettings; pattern: string } | { ok: false; problems: SyncFormProblem[] };

/**
 * Whether sync can be switched on with this form: an address the permission can be asked for, an
 * account, a password (typed now or stored earlier) and at least one shop (none for an agent syncing only
 * its own database). Every problem at once, so the page can mark each field.
 */
export function checkSyncForm(form: SyncForm, passwordStored: boolean): CheckedSyncForm {
  const problems: SyncFormProblem[] = [];
  const url = parseServerUrl(form.serverUrl);
  if (!url.ok) problems.push({ field: 'serverUrl', reason: url.reason });
  const username = form.username.trim();
  if (username === '') problems.push({ field: 'username', reason: 'empty' });
  if (form.password === '' && !passwordStored) problems.push({ field: 'password', reason: 'empty' });
  const own = form.role === 'agent' && form.ownDatabase === true;
  if (form.shops.length === 0 && !own) problems.push({ field: 'shops', reason: 'empty' });
  if (!url.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, pattern: url.pattern, settings: { enabled: true, serverUrl: url.url, username, role: form.role, shops: [...form.shops], ...(own ? { ownDatabase: true } : {}) } };
}
