import { databaseNameOf } from './shop-database';

/**
 * One read-only database per agent (issue 13), for shops where agents may see only their own numbers:
 * CouchDB has no per-document read rights, so the agent's account is the only member of a database of
 * its own, which the manager's browser fills from the shop's mirror (fill-agent-databases.ts).
 * scripts/sync-setup.mjs repeats the name (tests/unit/sync/agent-db checks that both agree).
 */

export const AGENT_DATABASE_PREFIX = 'kefu-agent-';

/** The agent account's own database: `kefu-agent-` + the account name's UTF-8 bytes in base32. */
export function agentDatabaseName(account: string): string {
  return databaseNameOf(AGENT_DATABASE_PREFIX, account, 'agentDatabaseName', 'account name');
}

/** The id of the document in a shop's database that says which agent texts an account's database gets. */
export const AGENT_MAPPING_PREFIX = 'agentdb:';

export function agentMappingId(account: string): string {
  return AGENT_MAPPING_PREFIX + account.trim();
}
