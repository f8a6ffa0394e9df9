import { z } from 'zod';
import { isoDateSchema, metricIdSchema, addIssue } from '../model/schemas';
import { text } from '../model';
import { AGENT_ROLES } from './agent-roles';

export { AGENT_ROLES };

/**
 * The manager's KPI scheme as data. One scheme per role (售前 presale, 售后 aftersale); a scheme has
 * versions, each in force from its `effectiveFrom` date, so a period is judged by the rules of its time.
 * Values are in the metric's canonical unit (lib/metrics: percent points, seconds, yuan, counts).
 */

export const agentRoleSchema = z.enum(AGENT_ROLES);
export type AgentRole = z.infer<typeof agentRoleSchema>;

const finite = z.number().finite();

export const schemeMetricSchema = z
  .strictObject({
    metric: metricIdSchema,
    /** basic: a standard every agent must meet (pass/fail); incentive: drives score and commission. */
    kind: z.enum(['basic', 'incentive']),
    /** The standard. Meeting it is a pass; the gap is measured against it. */
    target: finite,
    /** Scores 0 at or beyond `worst`, 100 at or beyond `best`, linear between (either may be larger). */
    worst: finite,
    best: finite,
    /** Relative weight in the score; weights need not add up to 100. */
    weight: z.number().finite().min(0).max(1000),
  })
  .superRefine((m, ctx) => {
    if (m.worst === m.best) addIssue(ctx, ['best'], text('issueWorstEqualsBest'));
  });
export type SchemeMetric = z.infer<typeof schemeMetricSchema>;

export const gradeSchema = z.strictObject({
  name: z.string().trim().min(1).max(20),
  /** Lowest score (0–100) that earns this grade. */
  minScore: z.number().finite().min(0).max(100),
});
export type Grade = z.infer<typeof gradeSchema>;

/**
 * One part of the commission estimate: a share of a money metric (`percent_of`, rate in %) or an amount
 * per unit of a count metric (`per_unit`, rate in yuan).
 */
export const commissionItemSchema = z.strictObject({
  metric: metricIdSchema,
  mode: z.enum(['percent_of', 'per_unit']),
  rate: z.number().finite().min(0),
});
export type CommissionItem = z.infer<typeof commissionItemSchema>;

export const schemeVersionSchema = z
  .strictObject({
    effectiveFrom: isoDateSchema,
    metrics: z.array(schemeMetricSchema).max(60),
    /** Highest threshold first is not required; scoring sorts. */
    grades: z.array(gradeSchema).max(10),
    commission: z.array(commissionItemSchema).max(20),
    /** Multiply the commission by the incentive score / 100 (a weak month earns less). */
    commissionScaledByScore: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.metrics.forEach((m, i) => {
      if (seen.has(m.metric)) addIssue(ctx, ['metrics', i, 'metric'], text('issueMetricTwice', m.metric));
      seen.add(m.metric);
    });
  });
export type SchemeVersion = z.infer<typeof schemeVersionSchema>;

export const kpiSchemeSchema = z
  .strictObject({
    role: agentRoleSchema,
    name: z.string().trim().min(1).max(40),
    /** Sorted by effectiveFrom, oldest first; at least one. */
    versions: z.array(schemeVersionSchema).min(1).max(200),
  })
  .superRefine((s, ctx) => {
    for (let i = 1; i < s.versions.length; i++) {
      if (s.versions[i]!.effectiveFrom <= s.versions[i - 1]!.effectiveFrom) {
        addIssue(ctx, ['versions', i, 'effectiveFrom'], text('issueVersionDates'));
      }
    }
  });
export type KpiScheme = z.infer<typeof kpiSchemeSchema>;
