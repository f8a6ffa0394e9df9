import type { AgentProfile, AgentRole, AgentEntry } from '../analysis';

/**
 * One agent as the agents editor holds it until "保存": what the manager says (name, role, aliases, me).
 * The stored profile is built from it; an agent nobody edited has no profile at all.
 */
export interface AgentDraft {
  key: string;
  displayName: string;
  role: AgentRole | '';
  aliases: string[];
  isMe: boolean;
  /** The role a report file stated (旺旺类型): not edited here, kept through a save. */
  roleHint?: AgentRole;
}

export function agentDraft(entry: AgentEntry, profile: AgentProfile | undefined): AgentDraft {
  if (profile) {
    return {
      key: profile.key,
      displayName: profile.displayName ?? '',
      role: profile.role ?? '',
      aliases: [...profile.aliases],
      isMe: profile.isMe,
      ...(profile.roleHint ? { roleHint: profile.roleHint } : {}),
    };
  }
  // No profile: the texts the directory already groups under this agent are not aliases the manager set.
  return { key: entry.key, displayName: '', role: '', aliases: [], isMe: false };
}

export function profileFromDraft(draft: AgentDraft): AgentProfile {
  const displayName = draft.displayName.trim();
  return {
    key: draft.key,
    ...(displayName ? { displayName } : {}),
    ...(draft.role ? { role: draft.role } : {}),
    aliases: [...draft.aliases],
    isMe: draft.isMe,
    ...(draft.roleHint ? { roleHint: draft.roleHint } : {}),
  };
}

/** True when saving would change what is stored (or create a profile that says something). */
export function draftChanged(draft: AgentDraft, saved: AgentDraft): boolean {
  return (
    draft.displayName.trim() !== saved.displayName.trim() ||
    draft.role !== saved.role ||
    draft.isMe !== saved.isMe ||
    draft.aliases.length !== saved.aliases.length ||
    draft.aliases.some((a, i) => a !== saved.aliases[i])
  );
}

/**
 * Agents that may be merged into `draft`: every other agent whose texts are not already its aliases,
 * and that is not itself set up with aliases of its own (merge those the other way round, or unmerge
 * first: an alias list never nests).
 */
export function mergeCandidates(draft: AgentDraft, agents: readonly AgentEntry[], profiles: ReadonlyMap<string, AgentProfile>): AgentEntry[] {
  return agents.filter(mergeable(draft, profiles));
}

/** True when some agent could be merged into `draft`, without listing them all (a row asks this on every render). */
export function hasMergeCandidate(draft: AgentDraft, agents: readonly AgentEntry[], profiles: ReadonlyMap<string, AgentProfile>): boolean {
  return agents.some(mergeable(draft, profiles));
}

function mergeable(draft: AgentDraft, profiles: ReadonlyMap<string, AgentProfile>): (a: AgentEntry) => boolean {
  const taken = new Set([draft.key, ...draft.aliases]);
  return (a) => !taken.has(a.key) && (profiles.get(a.key)?.aliases.length ?? 0) === 0;
}

/** Adds another agent's captured texts as aliases (its key first); "me" comes along with them. */
export function mergeAgent(draft: AgentDraft, other: AgentEntry): AgentDraft {
  const aliases = [...draft.aliases];
  for (const label of other.labels) if (label !== draft.key && !aliases.includes(label)) aliases.push(label);
  return { ...draft, aliases, isMe: draft.isMe || other.isMe };
}

export function unmergeAlias(draft: AgentDraft, alias: string): AgentDraft {
  return { ...draft, aliases: draft.aliases.filter((a) => a !== alias) };
}

/**
 * Profiles to delete before the draft is saved: agents merged into it that had a profile of their own
 * (a display name, a role, "me"). Their texts now belong to this agent, and a key may not be both.
 */
export function profilesAbsorbed(draft: AgentDraft, profiles: ReadonlyMap<string, AgentProfile>): string[] {
  return draft.aliases.filter((a) => a !== draft.key && profiles.has(a));
}

/** Case-insensitive match on the name, the key and the aliases (shop prefix included). */
export function agentMatches(entry: AgentEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return entry.name.toLowerCase().includes(q) || entry.labels.some((l) => l.toLowerCase().includes(q));
}
