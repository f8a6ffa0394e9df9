import { type AgentProfile, AGENT_ROLES, type AgentRole, type KpiScheme, presetScheme } from '../analysis';
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

/**
 * The stored scheme of each role as `accept` gives it back, or the role's preset where none is stored
 * or `accept` refuses it (null). Shared with settings-store's zod-checked loadSchemes.
 */
export function schemesOrPresets(records: readonly KpiScheme[], accept: (record: unknown, role: AgentRole) => KpiScheme | null): Record<AgentRole, KpiScheme> {
  const stored = new Map(records.map((s) => [s.role, s]));
  const out = {} as Record<AgentRole, KpiScheme>;
  for (const role of AGENT_ROLES) out[role] = accept(stored.get(role), role) ?? presetScheme(role);
  return out;
}

/** The stored scheme of each role, or the preset where none is stored or the stored one is unusable. */
export async function readSchemes(db: KefuDatabase): Promise<Record<AgentRole, KpiScheme>> {
  return schemesOrPresets(await db.schemes.toArray(), (record, role) => (usableScheme(record, role) ? record : null));
}

function usableProfile(record: unknown): record is AgentProfile {
  if (typeof record !== 'object' || record === null) return false;
  const p = record as Partial<AgentProfile>;
  return typeof p.key === 'string' && isArray(p.aliases) && typeof p.isMe === 'boolean';
}

/** The profiles `accept` gives back (null leaves one out), sorted by key. Shared with loadProfiles. */
export function acceptedProfiles(records: readonly unknown[], accept: (record: unknown) => AgentProfile | null): AgentProfile[] {
  const out: AgentProfile[] = [];
  for (const record of records) {
    const profile = accept(record);
    if (profile) out.push(profile);
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The stored profiles sorted by key (as loadProfiles); unusable records are left out. */
export async function readProfiles(db: KefuDatabase): Promise<AgentProfile[]> {
  return acceptedProfiles(await db.agents.toArray(), (record) => (usableProfile(record) ? record : null));
}
