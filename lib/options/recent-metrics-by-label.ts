import { type KefuDatabase, latestMonthsOfLabel } from '../db';

/** Month records read per label: the newest month of each table the agent was in, as a rule. */
const RECENT_MONTH_RECORDS = 3;

/**
 * The metrics of each label's most recent values, for guessing an agent's role (售前 tables carry
 * conversion, 售后 tables reviews). A few month records per label, newest first, so a year of history is
 * never read: the metrics of the newest month's tables.
 */
export async function recentMetricsByLabel(db: KefuDatabase, labels: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  await Promise.all(
    [...new Set(labels)].map(async (label) => {
      const recent = await latestMonthsOfLabel(db, label, RECENT_MONTH_RECORDS);
      const newestMonth = recent[0]?.month;
      const metrics = new Set<string>();
      for (const record of recent) {
        if (record.month !== newestMonth) continue;
        for (const key in record.periods) for (const metric of record.periods[key]!.metrics) metrics.add(metric);
      }
      out.set(label, metrics);
    }),
  );
  return out;
}
