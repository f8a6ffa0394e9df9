import { agentProfileSchema, type AgentProfile, type AgentRole } from '../analysis';
import type { KefuDatabase } from '../db';
import type { FilePreview } from './types';

/** The roles the files' role columns state, per agent label; a later file (or row) wins over an earlier one. */
export function statedRoles(files: readonly FilePreview[]): Map<string, AgentRole> {
  const roles = new Map<string, AgentRole>();
  for (const file of files) for (const sheet of file.sheets) for (const { label, role } of sheet.roles) roles.set(label, role);
  return roles;
}

/**
 * Stores the stated roles as each agent's role guess (`roleHint` of its profile: the profile whose key
 * or alias the label is, else a new profile). A profile with a role set by hand is left as it is: an
 * import never overrules the manager. Runs inside the import's transaction (db.agents must be in it).
 * Returns how many profiles got a new or changed guess.
 */
export async function writeRoleGuesses(db: KefuDatabase, roles: ReadonlyMap<string, AgentRole>): Promise<number> {
  if (roles.size === 0) return 0;
  const profiles = (await db.agents.toArray()) as AgentProfile[];
  const owner = new Map<string, AgentProfile>();
  for (const p of profiles) owner.set(p.key, p);
  for (const p of profiles) for (const alias of p.aliases) if (!owner.has(alias)) owner.set(alias, p);

  const changed = new Map<string, AgentProfile>();
  for (const [label, role] of roles) {
    const current = owner.get(label);
    if (current?.role) continue;
    const profile = changed.get(current?.key ?? label) ?? current ?? { key: label, aliases: [], isMe: false };
    if (profile.roleHint === role) continue;
    const next = agentProfileSchema.safeParse({ ...profile, roleHint: role });
    if (!next.success) continue; // a label the profile schema refuses stays without a guess; the values are stored anyway
    changed.set(next.data.key, next.data);
    if (!current) owner.set(label, next.data);
  }
  if (changed.size > 0) await db.agents.bulkPut([...changed.values()]);
  return changed.size;
}
