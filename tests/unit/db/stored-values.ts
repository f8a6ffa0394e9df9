import type { KefuDatabase } from '../../../lib/db/database';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { allStoredValues, putValues } from '../../../lib/db/value-store';

/** Every stored value in primary-key order, as the per-value store of schema v2 listed them. */
export async function storedValues(db: KefuDatabase): Promise<ValueRecord[]> {
  return (await allStoredValues(db)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function storedValue(db: KefuDatabase, id: string): Promise<ValueRecord | undefined> {
  return (await allStoredValues(db)).find((v) => v.id === id);
}

/** Writes values straight into the store (test set-up), outside any capture. */
export async function putStoredValues(db: KefuDatabase, values: readonly ValueRecord[]): Promise<void> {
  await db.transaction('rw', db.valueMonths, () => putValues(db, values));
}
