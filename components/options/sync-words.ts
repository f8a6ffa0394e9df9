import { agentProfileSchema, kpiSchemeSchema } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import type { ServerUrlProblem, SyncConflict, SyncFormProblem, SyncProblem, SyncProblemCode, SyncStatus } from '@/lib/sync';

/** Each problem a pass can end with: what happened and what to do next, in one sentence. */
const PROBLEM_KEYS: Record<SyncProblemCode, PlainKey> = {
  unauthorized: 'syncProblemUnauthorized',
  forbidden: 'syncProblemForbidden',
  unreachable: 'syncProblemUnreachable',
  not_found: 'syncProblemNotFound',
  server_error: 'syncProblemServerError',
  no_permission: 'syncProblemNoPermission',
  no_password: 'syncProblemNoPassword',
};

/**
 * What happened and what to do next, in words. A manager's pass whose shop synced but whose fill of an agent's
 * own database failed says so first; a missing database or missing rights there need the manager's hand, the
 * other problems (server down, server error) read as for the shop.
 */
export function problemWords(problem: SyncProblem): string[] {
  const account = problem.agentAccount;
  if (account === undefined) return [t(PROBLEM_KEYS[problem.code])];
  const next =
    problem.code === 'not_found'
      ? t('syncProblemAgentDbNotFound', [account])
      : problem.code === 'forbidden'
        ? t('syncProblemAgentDbForbidden', [account])
        : t(PROBLEM_KEYS[problem.code]);
  return [t('syncProblemAgentDb', [account]), next];
}

export const STATE_KEYS: Record<SyncStatus['state'], PlainKey> = {
  off: 'syncStateOff',
  idle: 'syncStateIdle',
  syncing: 'syncStateSyncing',
  error: 'syncStateError',
};

export const CONFLICT_KIND_KEYS: Record<SyncConflict['kind'], PlainKey> = {
  scheme: 'syncConflictScheme',
  profile: 'syncConflictProfile',
  values: 'syncConflictValues',
  capture: 'syncConflictCapture',
};

const ROLE_KEYS = { presale: 'schemeRolePresale', aftersale: 'schemeRoleAftersale' } as const satisfies Record<string, PlainKey>;
const lostProfileSchema = agentProfileSchema.omit({ isMe: true });

/**
 * What a losing edit was, in words: the scheme's role and name, the profile's agent and display name.
 * The lost content comes from storage (and from another browser): anything that does not read as a
 * scheme or profile is named by its kind and document id.
 */
export function conflictWords(conflict: SyncConflict): string {
  if (conflict.kind === 'scheme') {
    const scheme = kpiSchemeSchema.safeParse(conflict.lost);
    if (scheme.success) return t('syncConflictSchemeLost', [t(ROLE_KEYS[scheme.data.role]), scheme.data.name]);
  }
  if (conflict.kind === 'profile') {
    const profile = lostProfileSchema.safeParse(conflict.lost);
    if (profile.success) {
      const { key, displayName } = profile.data;
      return displayName ? t('syncConflictProfileLost', [key, displayName]) : t('syncConflictProfileLostNoName', [key]);
    }
  }
  return `${t(CONFLICT_KIND_KEYS[conflict.kind])} ${conflict.id}`;
}

const URL_KEYS: Record<Exclude<ServerUrlProblem, 'invalid'>, PlainKey> = {
  empty: 'syncUrlEmpty',
  scheme: 'syncUrlScheme',
  credentials: 'syncUrlCredentials',
  path: 'syncUrlPath',
};

/** The words of a form problem; an unreadable address is quoted back. */
export function formProblemWords(problem: SyncFormProblem, typedUrl: string): string {
  switch (problem.field) {
    case 'serverUrl':
      return problem.reason === 'invalid' ? t('syncUrlInvalid', [typedUrl.trim()]) : t(URL_KEYS[problem.reason]);
    case 'username':
      return t('syncUsernameEmpty');
    case 'password':
      return t('syncPasswordEmpty');
    case 'shops':
      return t('syncShopsEmpty');
  }
}
