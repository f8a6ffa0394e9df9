/**
 * Team sync on CouchDB (issue 13): the contract the engine and the surfaces share, the engine's calls
 * (engine-api.ts over run-sync-pass.ts and sync-password.ts), the settings and status in
 * chrome.storage.local, and the options form's checks.
 */
export type { SyncConflict, SyncPassResult, SyncProblem, SyncProblemCode, SyncRole, SyncSettings, SyncStatus } from './sync-contract';
export { forgetSyncPassword, hasSyncPassword, runSyncPass, storeSyncPassword } from './engine-api';
export { type SyncCredentials, type SyncPassOptions, mirrorName } from './run-sync-pass';
export { shopDatabaseName, shopOfLabel } from './shop-database';
export { problemOfError } from './sync-problem';
export { parseServerUrl, type ServerUrlProblem, type ServerUrlResult } from './server-url';
export { checkSyncForm, type CheckedSyncForm, type SyncForm, type SyncFormProblem } from './sync-form';
export { DEFAULT_SYNC_SETTINGS, NO_SYNC_STATUS, parseSyncSettings, parseSyncStatus, readSyncSettings, readSyncStatus, SYNC_SETTINGS_KEY, SYNC_STATUS_KEY, writeSyncSettings, writeSyncStatus } from './sync-settings-store';
export { knownShops, parseShopName, withShop } from './sync-shops';
export { type PermissionsApi, type SwitchOnOutcome, switchSyncOff, switchSyncOn, syncNeedsPermission, type SyncSwitchDeps } from './sync-switch';
export { firstPassEnded } from './first-pass-ended';
