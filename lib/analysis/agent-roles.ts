/**
 * The two roles a KPI scheme is for (售前 presale, 售后 aftersale), without zod: the side panel needs the
 * list, not the schemas (lib/analysis/kpi-scheme.ts builds its role schema from it).
 */
export const AGENT_ROLES = ['presale', 'aftersale'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];
