import type { KefuDatabase } from './database';
import { rowKindOf } from '../metrics';
import { valueCountOf } from './value-month';

export interface StoreStats {
  values: number;
  agents: number;
  periods: number;
  captures: number;
  lastCapturedAt: string | null;
}

/** Counts for the options page: labels and periods from index keys; values need the month records. */
export async function storeStats(db: KefuDatabase): Promise<StoreStats> {
  return db.transaction('r', [db.valueMonths, db.snapshots, db.captures], async () => {
    const [records, labelMonths, periods, captures, last] = await Promise.all([
      // A year is ≈1,200 records; counting their values builds none of them.
      db.valueMonths.toArray(),
      db.valueMonths.orderBy('[label+month]').uniqueKeys(),
      db.snapshots.orderBy('[periodStart+periodEnd]').uniqueKeys(),
      db.captures.count(),
      db.captures.orderBy('id').last(),
    ]);
    const labels = new Set((labelMonths as unknown as [string, string][]).map(([label]) => label));
    return {
      values: records.reduce((n, r) => n + valueCountOf(r), 0),
      agents: [...labels].filter((label) => rowKindOf(label) === 'agent').length,
      periods: periods.length,
      captures,
      lastCapturedAt: last?.capturedAt ?? null,
    };
  });
}
