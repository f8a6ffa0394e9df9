import type { KefuDatabase } from './database';
import { rowKindOf } from '../metrics/row-kind';

export interface StoreStats {
  values: number;
  agents: number;
  periods: number;
  captures: number;
  lastCapturedAt: string | null;
}

/** Counts for the options page, read from indexes only (no record scan). */
export async function storeStats(db: KefuDatabase): Promise<StoreStats> {
  return db.transaction('r', [db.values, db.captures], async () => {
    const [values, labels, periods, captures, last] = await Promise.all([
      db.values.count(),
      db.values.orderBy('label').uniqueKeys(),
      db.values.orderBy('[periodStart+periodEnd]').uniqueKeys(),
      db.captures.count(),
      db.captures.orderBy('id').last(),
    ]);
    return {
      values,
      agents: labels.filter((label) => rowKindOf(String(label)) === 'agent').length,
      periods: periods.length,
      captures,
      lastCapturedAt: last?.capturedAt ?? null,
    };
  });
}
