import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import type { ServerUrlProblem, SyncConflict, SyncFormProblem, SyncProblemCode, SyncStatus } from '@/lib/sync';

/** Each problem a pass can end with: what happened and what to do next, in one sentence. */
export const PROBLEM_KEYS: Record<SyncProblemCode, PlainKey> = {
  unauthorized: 'syncProblemUnauthorized',
  forbidden: 'syncProblemForbidden',
  unreachable: 'syncProblemUnreachable',
  not_found: 'syncProblemNotFound',
  server_error: 'syncProblemServerError',
  no_permission: 'syncProblemNoPermission',
  no_password: 'syncProblemNoPassword',
};

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
