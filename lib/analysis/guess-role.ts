import { metricById } from '../model';
import type { AgentRole } from './kpi-scheme';

/**
 * The role an agent probably has, from the metrics of the tables the agent appears in: 售前 tables carry
 * conversion and sales (询单转化率, 客服销售额 …), 售后 tables reviews, returns and refunds. Metrics both
 * roles have (reply rate, response times) say nothing. The side with more distinct metrics wins; none,
 * or as many of each, is null (the manager has to say).
 */
export function guessRole(metrics: Iterable<string>): AgentRole | null {
  let presale = 0;
  let aftersale = 0;
  for (const id of new Set(metrics)) {
    const role = metricById(id)?.role;
    if (role === 'presale') presale++;
    else if (role === 'aftersale') aftersale++;
  }
  if (presale > aftersale) return 'presale';
  if (aftersale > presale) return 'aftersale';
  return null;
}
