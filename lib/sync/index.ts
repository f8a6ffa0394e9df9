/** Team sync (issue 13): one-shot passes between Dexie and a shop's CouchDB database, and the password. */
export { type SyncCredentials, type SyncPassOptions, mirrorName, runSyncPass } from './run-sync-pass';
export { forgetSyncPassword, hasSyncPassword, readSyncPassword, storeSyncPassword } from './sync-password';
export { shopDatabaseName, shopOfLabel } from './shop-database';
export { problemOfError } from './sync-problem';
export type { SyncConflict, SyncPassResult, SyncProblem, SyncProblemCode, SyncRole, SyncSettings, SyncStatus } from './sync-contract';
