import { shopOf } from '../metrics';

const collator = new Intl.Collator('zh-CN');

/** The shops the local data knows: the shop part of agent keys (`店铺名:昵称`), each once, in pinyin order. */
export function knownShops(agentKeys: Iterable<string>): string[] {
  const shops = new Set<string>();
  for (const key of agentKeys) {
    const shop = shopOf(key);
    if (shop !== null) shops.add(shop);
  }
  return [...shops].sort(collator.compare);
}

/** A shop typed by hand: trimmed, and refused when empty or when it holds the key separator (`:`/`：`). */
export function parseShopName(input: string): { ok: true; shop: string } | { ok: false; reason: 'empty' | 'separator' | 'long' } {
  const shop = input.trim();
  if (shop === '') return { ok: false, reason: 'empty' };
  if (/[:：]/.test(shop)) return { ok: false, reason: 'separator' };
  if (shop.length > 200) return { ok: false, reason: 'long' };
  return { ok: true, shop };
}

/** Adds a shop to the list unless it is there; the list keeps its order. */
export function withShop(shops: readonly string[], shop: string): string[] {
  return shops.includes(shop) ? [...shops] : [...shops, shop];
}
