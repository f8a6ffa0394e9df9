import { z } from 'zod';
import { labelSchema } from '../model/schemas';
import { agentDatabaseName, AGENT_MAPPING_PREFIX, agentMappingId } from './agent-database';
import type { PouchDoc } from './pouch-types';
import { shopOfLabel } from './shop-database';

/**
 * The document `agentdb:<account>` that `npm run sync:setup -- --own ACCOUNT=店铺:昵称` writes into a
 * shop's database: the manager's browser fills that account's own database with those agent texts'
 * records. Only managers read the shop database of such a shop, so agents never see the list.
 */
export interface AgentMapping {
  account: string;
  /** The agent texts (`店铺:昵称`) whose records the account's database gets; all of this shop. */
  labels: string[];
  /** The account's database, derived from the account (never trusted from the document). */
  database: string;
  /** The mapping document's revision: a new one (re-added after a removal) makes the fill resend everything. */
  rev: string;
}

const mappingSchema = z.object({
  kind: z.literal('agent-database'),
  account: z.string().trim().min(1).max(200),
  labels: z.array(labelSchema).min(1).max(50),
});

export type ParsedMapping = { ok: true; mapping: AgentMapping } | { ok: false; id: string; reason: string };

export function isAgentMappingId(id: string): boolean {
  return id.startsWith(AGENT_MAPPING_PREFIX);
}

/** A mapping document checked: the id is the account's, and every text belongs to this shop. */
export function parseAgentMapping(raw: PouchDoc, shop: string): ParsedMapping {
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, id: raw._id, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const { account, labels } = parsed.data;
  if (agentMappingId(account) !== raw._id) return { ok: false, id: raw._id, reason: `id does not match the account (expected ${agentMappingId(account)})` };
  const foreign = labels.find((label) => shopOfLabel(label) !== shop);
  if (foreign !== undefined) return { ok: false, id: raw._id, reason: `"${foreign}" is not an agent of shop "${shop}"` };
  let database: string;
  try {
    database = agentDatabaseName(account);
  } catch (error) {
    return { ok: false, id: raw._id, reason: String(error) };
  }
  return { ok: true, mapping: { account, labels: [...new Set(labels)].sort(), database, rev: raw._rev ?? '' } };
}
