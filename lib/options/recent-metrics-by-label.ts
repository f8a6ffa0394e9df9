import { type KefuDatabase, newestMonthRecords } from '../db';

/**
 * The metrics of each label's most recent values, for guessing an agent's role (售前 tables carry
 * conversion, 售后 tables reviews): the metrics of the label's tables in its newest month, so a year of
 * history is never read, and a team of 1,000 is read in one query (newestMonthRecords).
 */
export async function recentMetricsByLabel(db: KefuDatabase, labels: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const records = await newestMonthRecords(db, labels);
  for (const label of new Set(labels)) {
    const metrics = new Set<string>();
    for (const record of records.get(label) ?? []) {
      for (const key in record.periods) for (const metric of record.periods[key]!.metrics) metrics.add(metric);
    }
    out.set(label, metrics);
  }
  return out;
}
