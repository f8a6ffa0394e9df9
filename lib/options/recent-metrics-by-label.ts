import { Dexie } from 'dexie';
import type { KefuDatabase } from '../db/database';

/**
 * The metrics of each label's most recent values, for guessing an agent's role (售前 tables carry
 * conversion, 售后 tables reviews). One short index range per label, newest first, so a year of history
 * is never read: `perLabel` values cover the latest table or two the agent was in.
 */
export async function recentMetricsByLabel(db: KefuDatabase, labels: readonly string[], perLabel = 80): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  await Promise.all(
    [...new Set(labels)].map(async (label) => {
      // Index range: values' [label+periodStart] for this label, newest period first.
      const recent = await db.values
        .where('[label+periodStart]')
        .between([label, Dexie.minKey], [label, Dexie.maxKey], true, true)
        .reverse()
        .limit(perLabel)
        .toArray();
      out.set(label, new Set(recent.map((v) => v.metric)));
    }),
  );
  return out;
}
