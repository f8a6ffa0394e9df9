import type { AgentProfile } from '../analysis';
import { type KefuDatabase, deleteProfile, saveProfile, type SaveSettingResult } from '../db';
import type { IssueText } from '../model/schemas';
import { profileFromDraft, profilesAbsorbed, type AgentDraft } from './agent-draft';

class Refused extends Error {
  constructor(readonly issues: IssueText[]) {
    super('profile refused');
  }
}

/**
 * Saves one agent. Agents merged into it lose their own profiles in the same transaction (a text is one
 * agent's key or another's alias, never both); if the profile is refused, nothing changes at all.
 */
export async function saveAgentDraft(db: KefuDatabase, draft: AgentDraft, profiles: ReadonlyMap<string, AgentProfile>): Promise<SaveSettingResult> {
  const absorbed = profilesAbsorbed(draft, profiles);
  try {
    return await db.transaction('rw', db.agents, async () => {
      for (const key of absorbed) await deleteProfile(db, key);
      const result = await saveProfile(db, profileFromDraft(draft));
      if (!result.ok) throw new Refused(result.issues);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, issues: error.issues };
    throw error;
  }
}
