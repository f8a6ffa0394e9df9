import type { ValueRecord } from '../model/schemas';

/**
 * Which metrics each captured text has in some values: the agent directory guesses a role from it
 * (a text in a table with 询单转化率 is 售前) and takes the texts themselves from its keys.
 */
export function labelMetrics(values: readonly ValueRecord[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const v of values) {
    let metrics = out.get(v.label);
    if (!metrics) out.set(v.label, (metrics = new Set()));
    metrics.add(v.metric);
  }
  return out;
}
