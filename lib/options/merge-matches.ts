import type { AgentEntry } from '../analysis';
import { shopOf } from '../metrics';
import { agentMatches } from './agent-draft';

/**
 * The merge picker lists at most this many agents: enough to scan at a glance, and a team of 1,000
 * never puts 1,000 options in a row. Beyond it the picker asks for a few more characters.
 */
export const MERGE_MATCHES_SHOWN = 50;

export interface MergeMatches {
  shown: AgentEntry[];
  /** Candidates that match but are not listed. */
  more: number;
}

/**
 * Candidates (mergeCandidates) matching what was typed, by name, key or alias, the first `limit` in list
 * order, those of `shop` first: a renamed account is nearly always in the same shop.
 */
export function mergeMatches(candidates: readonly AgentEntry[], query: string, shop: string | null = null, limit = MERGE_MATCHES_SHOWN): MergeMatches {
  const same: AgentEntry[] = [];
  const others: AgentEntry[] = [];
  for (const c of candidates) {
    if (!agentMatches(c, query)) continue;
    (shop !== null && shopOf(c.key) === shop ? same : others).push(c);
  }
  const all = [...same, ...others];
  return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}
