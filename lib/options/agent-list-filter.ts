import type { AgentEntry } from '../analysis';
import { shopOf } from '../metrics';
import { agentMatches } from './agent-draft';

/** Which shop's agents the list shows: all, one shop, or the agents whose key names no shop (`小美`, no colon). */
export type ShopFilter = { kind: 'all' } | { kind: 'shop'; shop: string } | { kind: 'none' };

export const ALL_SHOPS: ShopFilter = { kind: 'all' };

/** A shop of the team and how many agents it has; `shop: null` gathers the keys without a shop. */
export interface ShopCount {
  shop: string | null;
  count: number;
}

const collator = new Intl.Collator('zh-CN');

/** The shops of the agents' keys (`店铺名:昵称`), by name, with "no shop" last when there is any. */
export function agentShops(agents: readonly AgentEntry[]): ShopCount[] {
  const counts = new Map<string | null, number>();
  for (const a of agents) {
    const shop = shopOf(a.key);
    counts.set(shop, (counts.get(shop) ?? 0) + 1);
  }
  return [...counts]
    .map(([shop, count]) => ({ shop, count }))
    .sort((a, b) => (a.shop === null ? 1 : b.shop === null ? -1 : collator.compare(a.shop, b.shop)));
}

export function inShop(entry: AgentEntry, filter: ShopFilter): boolean {
  if (filter.kind === 'all') return true;
  const shop = shopOf(entry.key);
  return filter.kind === 'none' ? shop === null : shop === filter.shop;
}

/** The agents that match the search (name, key, aliases) and belong to the chosen shop, in list order. */
export function filterAgents(agents: readonly AgentEntry[], query: string, filter: ShopFilter): AgentEntry[] {
  return agents.filter((a) => inShop(a, filter) && agentMatches(a, query));
}

/**
 * The filter as a <select> value and back. A shop's value is prefixed so that no shop name can be
 * mistaken for "all" or "none"; a value naming no known form reads as all.
 */
export function shopFilterValue(filter: ShopFilter): string {
  return filter.kind === 'shop' ? `shop:${filter.shop}` : filter.kind;
}

export function parseShopFilter(value: string): ShopFilter {
  if (value.startsWith('shop:')) return { kind: 'shop', shop: value.slice('shop:'.length) };
  return value === 'none' ? { kind: 'none' } : ALL_SHOPS;
}
