import type { AgentProfile } from '../analysis/agent-profile';
import { AGENT_ROLES, type AgentRole } from '../analysis/agent-roles';
import type { KpiScheme } from '../analysis/kpi-scheme';
import { presetScheme } from '../analysis/scheme-presets';
import type { KefuDatabase } from './database';

/**
 * The settings as the side panel reads them: without zod, whose code and schemas would otherwise load
 * before the first chart. Every stored scheme and profile was checked on the way in (settings-store's
 * saves, the backup import), so only what would break the views is checked here; the options page keeps
 * the full check on the way out (settings-store's loadSchemes and loadProfiles).
 */

const isArray = Array.isArray;

/** Enough of a scheme for the views: its role, and versions whose lists are lists. */
function usableScheme(record: unknown, role: AgentRole): record is KpiScheme {
  if (typeof record !== 'object' || record === null) return false;
  const s = record as Partial<KpiScheme>;
  return (
    s.role === role &&
    isArray(s.versions) &&
    s.versions.length > 0 &&
    s.versions.every((v) => typeof v?.effectiveFrom === 'string' && isArray(v.metrics) && isArray(v.grades) && isArray(v.commission))
  );
}

/** The stored scheme of each role, or the preset where none is stored or the stored one is unusable. */
export async function readSchemes(db: KefuDatabase): Promise<Record<AgentRole, KpiScheme>> {
  const stored = new Map((await db.schemes.toArray()).map((s) => [s.role, s]));
  const out = {} as Record<AgentRole, KpiScheme>;
  for (const role of AGENT_ROLES) {
    const record = stored.get(role);
    out[role] = usableScheme(record, role) ? record : presetScheme(role);
  }
  return out;
}

function usableProfile(record: unknown): record is AgentProfile {
  if (typeof record !== 'object' || record === null) return false;
  const p = record as Partial<AgentProfile>;
  return typeof p.key === 'string' && isArray(p.aliases) && typeof p.isMe === 'boolean';
}

/** The stored profiles sorted by key (as loadProfiles); unusable records are left out. */
export async function readProfiles(db: KefuDatabase): Promise<AgentProfile[]> {
  const out = (await db.agents.toArray()).filter(usableProfile);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
