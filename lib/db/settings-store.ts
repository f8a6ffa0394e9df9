import { agentProfileSchema, type AgentProfile, kpiSchemeSchema, type AgentRole, type KpiScheme } from '../analysis';
import { formatPath, issueTexts, type IssueText } from '../model/schemas';
import { text, type Text } from '../model';
import type { KefuDatabase } from './database';
import { acceptedProfiles, schemesOrPresets } from './settings-read';

/**
 * The manager's settings: a KPI scheme per role and the agent profiles. Every record is checked on the
 * way in (issues as message codes, nothing stored) and on the way out (a record that no longer
 * fits falls back to the preset or is left out), so the views never see a broken scheme.
 */

export type SaveSettingResult = { ok: true } | { ok: false; issues: IssueText[] };

/** The stored scheme of each role, or the preset where none is stored or the stored one is broken. */
export async function loadSchemes(db: KefuDatabase): Promise<Record<AgentRole, KpiScheme>> {
  return schemesOrPresets(await db.schemes.toArray(), (record, role) => {
    const parsed = kpiSchemeSchema.safeParse(record);
    return parsed.success && parsed.data.role === role ? parsed.data : null;
  });
}

/** Versions oldest first: the form may append a version with an earlier date. */
function withSortedVersions(scheme: KpiScheme): KpiScheme {
  if (!Array.isArray(scheme.versions)) return scheme; // zod reports it
  const versions = [...scheme.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  return { ...scheme, versions };
}

/** Stores a scheme (replacing its role's), versions sorted by date, or says what is wrong and stores nothing. */
export async function saveScheme(db: KefuDatabase, scheme: KpiScheme): Promise<SaveSettingResult> {
  const parsed = kpiSchemeSchema.safeParse(withSortedVersions(scheme), { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issueTexts(parsed.error) };
  await db.schemes.put(parsed.data);
  return { ok: true };
}

/** Back to the preset of the role. */
export async function resetScheme(db: KefuDatabase, role: AgentRole): Promise<void> {
  await db.schemes.delete(role);
}

/** Valid stored profiles, by key; broken records are left out (the directory then guesses). */
export async function loadProfiles(db: KefuDatabase): Promise<AgentProfile[]> {
  return acceptedProfiles(await db.agents.toArray(), (record) => {
    const parsed = agentProfileSchema.safeParse(record);
    return parsed.success ? parsed.data : null;
  });
}

/** A rule a profile breaks: where (zod-style path) and what (a message code). */
export interface ProfileConflict {
  path: (string | number)[];
  message: Text;
}

/**
 * Why `profile` cannot sit beside `others` (other agents' profiles): every captured text belongs to one
 * agent at most, so an alias may be neither the profile's own key nor another profile's key or alias,
 * and the key may not be another profile's alias. Shared with the backup check.
 */
export function profileConflicts(profile: AgentProfile, others: readonly AgentProfile[]): ProfileConflict[] {
  const owner = new Map<string, { of: AgentProfile; asAlias: boolean }>();
  for (const o of others) {
    if (o.key === profile.key) continue;
    owner.set(o.key, { of: o, asAlias: false });
    for (const a of o.aliases) if (!owner.has(a)) owner.set(a, { of: o, asAlias: true });
  }
  const issues: ProfileConflict[] = [];
  const keyOwner = owner.get(profile.key);
  if (keyOwner?.asAlias) {
    issues.push({ path: ['key'], message: text('issueKeyIsAlias', profile.key, keyOwner.of.key) });
  }
  profile.aliases.forEach((alias, i) => {
    const path = ['aliases', i];
    if (alias === profile.key) {
      issues.push({ path, message: text('issueAliasIsOwnKey', alias) });
      return;
    }
    const found = owner.get(alias);
    if (!found) return;
    issues.push(
      found.asAlias
        ? { path, message: text('issueAliasTaken', alias, found.of.key) }
        : { path, message: text('issueAliasIsAgent', alias) },
    );
  });
  return issues;
}

/** Issue for a second "this is me" in a list of profiles (a backup file). */
export const SECOND_ME_ISSUE: Text = text('issueSecondMe');

/**
 * Stores a profile (replacing the one with its key). Marking it "me" unmarks every other profile in the
 * same transaction, so there is never a moment with two. Aliases are deduplicated; an empty display name
 * is dropped (the nickname shows instead).
 */
export async function saveProfile(db: KefuDatabase, profile: AgentProfile): Promise<SaveSettingResult> {
  const parsed = agentProfileSchema.safeParse(profile, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issueTexts(parsed.error) };
  const { displayName, ...rest } = parsed.data;
  const clean: AgentProfile = { ...rest, aliases: [...new Set(rest.aliases)], ...(displayName ? { displayName } : {}) };

  return db.transaction('rw', db.agents, async (): Promise<SaveSettingResult> => {
    const others = (await loadProfiles(db)).filter((p) => p.key !== clean.key);
    const conflicts = profileConflicts(clean, others);
    if (conflicts.length > 0) return { ok: false, issues: conflicts.map((c) => ({ ...c, path: formatPath(c.path) })) };
    if (clean.isMe) {
      const unmarked = others.filter((p) => p.isMe).map((p) => ({ ...p, isMe: false }));
      if (unmarked.length > 0) await db.agents.bulkPut(unmarked);
    }
    await db.agents.put(clean);
    return { ok: true };
  });
}

export async function deleteProfile(db: KefuDatabase, key: string): Promise<void> {
  await db.agents.delete(key);
}
