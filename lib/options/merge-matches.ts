import type { AgentEntry } from '../analysis';
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

/** Candidates (mergeCandidates) matching what was typed, by name, key or alias, the first `limit` in list order. */
export function mergeMatches(candidates: readonly AgentEntry[], query: string, limit = MERGE_MATCHES_SHOWN): MergeMatches {
  const shown: AgentEntry[] = [];
  let more = 0;
  for (const c of candidates) {
    if (!agentMatches(c, query)) continue;
    if (shown.length < limit) shown.push(c);
    else more++;
  }
  return { shown, more };
}
