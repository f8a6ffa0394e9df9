import { z } from 'zod';
import { labelSchema } from '../model/schemas';
import { agentRoleSchema } from './kpi-scheme';

/**
 * What the manager (or the agent) says about an agent. `key` is the agent text as captured
 * (`店铺:昵称`); `aliases` are other captured texts of the same person (a renamed sub-account), whose
 * values count as this agent's. Without a role, the role is guessed from the tables the agent is in.
 */
export const agentProfileSchema = z.strictObject({
  key: labelSchema,
  displayName: z.string().trim().max(40).optional(),
  role: agentRoleSchema.optional(),
  /**
   * The role an imported report stated (生意参谋 `旺旺类型`): a guess, used only while `role` (set by
   * hand) is absent, and never written over `role` by an import.
   */
  roleHint: agentRoleSchema.optional(),
  aliases: z.array(labelSchema).max(50),
  /** "This is me": the popup and the overlay show this agent. At most one profile has it. */
  isMe: z.boolean(),
});
export type AgentProfile = z.infer<typeof agentProfileSchema>;
