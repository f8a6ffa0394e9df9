import type { KefuDatabase, ValueMonthRecord } from '../db';
import { shopOfLabel } from './shop-database';

/**
 * Which month records a shop shares: its agents' rows (label `店铺:昵称`), and the benchmark rows
 * (汇总, 均值 …, no shop in the label) of the same tables and months, which the views compare agents with.
 */
export function monthRecordsOfShop(records: readonly ValueMonthRecord[], shop: string): ValueMonthRecord[] {
  const tablesOfShop = new Set<string>();
  for (const r of records) if (shopOfLabel(r.label) === shop) tablesOfShop.add(`${r.month}|${r.sourceKey}`);
  return records.filter((r) => {
    const owner = shopOfLabel(r.label);
    return owner === shop || (owner === null && tablesOfShop.has(`${r.month}|${r.sourceKey}`));
  });
}

export async function readShopMonthRecords(db: KefuDatabase, shop: string): Promise<ValueMonthRecord[]> {
  return monthRecordsOfShop(await db.valueMonths.toArray(), shop);
}
