import type { KefuDatabase } from './database';
import { stringPairs } from './compound-keys';
import type { ValueMonthRecord } from './value-month';

/**
 * The month records of each label's newest month (every table it was in that month), for many labels
 * in two requests: the [label+month] keys (no record is read), then those keys at once. One query per
 * label cost a team of 1,000 a thousand transactions, ≈1.4 s before the options page could show it.
 * Labels without records are absent from the map.
 */
export async function newestMonthRecords(db: KefuDatabase, labels: readonly string[]): Promise<Map<string, ValueMonthRecord[]>> {
  const wanted = new Set(labels);
  const out = new Map<string, ValueMonthRecord[]>();
  if (wanted.size === 0) return out;
  return db.transaction('r', db.valueMonths, async () => {
    const newest = new Map<string, string>();
    // Keys come sorted by label, then month: the last pair of a label is its newest month.
    for (const [label, month] of stringPairs(await db.valueMonths.orderBy('[label+month]').uniqueKeys())) {
      if (wanted.has(label)) newest.set(label, month);
    }
    if (newest.size === 0) return out;
    const records = await db.valueMonths.where('[label+month]').anyOf([...newest]).toArray();
    for (const record of records) {
      const list = out.get(record.label);
      if (list) list.push(record);
      else out.set(record.label, [record]);
    }
    return out;
  });
}
