import type { AgentEntry, AgentRole, TeamRow } from '../analysis';
import { shopOf } from '../metrics';

/**
 * The team view's filters: a shop (agents keyed `店铺:昵称`), a role, and a search over key, display name
 * and aliases. An outsourcing team has hundreds of agents over many shops and the manager works shop by
 * shop. The per-row work (shop, search text) is done once per data load (indexTeamRows); a keystroke
 * only compares strings.
 */

/** The shop choice "every shop" (a select's value). */
export const ALL_SHOPS = '';
/**
 * The shop choice for agents keyed without a shop (a plain nickname). A colon can never be a shop: the
 * shop is what comes before the first one.
 */
export const NO_SHOP = ':';

export type RoleChoice = '' | AgentRole | 'none';

export interface TeamFilter {
  /** ALL_SHOPS, NO_SHOP, or a shop's name. */
  shop: string;
  /** '' = every role; 'none' = agents without a role (no scheme applies). */
  role: RoleChoice;
  search: string;
}

export const NO_FILTER: TeamFilter = { shop: ALL_SHOPS, role: '', search: '' };

/** What the filters look at: the agent (team rows and month rows alike). */
export interface AgentRowLike {
  agent: AgentEntry;
}

export interface IndexedRow<R extends AgentRowLike = TeamRow> {
  row: R;
  /** The agent's shop, NO_SHOP when its key has none. */
  shop: string;
  /** Key, display name and every alias, folded (searchText), one per line. */
  text: string;
}

export interface ShopCount {
  /** A shop's name, or NO_SHOP. */
  shop: string;
  agents: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Full-width letters, digits and colons as half-width, lower case: `ＡＢ：１` finds `ab:1`. */
export function searchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Once per data load: each row with its shop and search text. */
export function indexTeamRows<R extends AgentRowLike>(rows: readonly R[]): IndexedRow<R>[] {
  return rows.map((row) => ({
    row,
    shop: shopOf(row.agent.key) ?? NO_SHOP,
    text: searchText([row.agent.key, row.agent.name, ...row.agent.labels].join('\n')),
  }));
}

/** The shops of the rows with their agent counts, in pinyin order (numbers by value), "no shop" last. */
export function teamShops(index: readonly IndexedRow<AgentRowLike>[]): ShopCount[] {
  const counts = new Map<string, number>();
  for (const { shop } of index) counts.set(shop, (counts.get(shop) ?? 0) + 1);
  return [...counts]
    .map(([shop, agents]) => ({ shop, agents }))
    .sort((a, b) => (a.shop === NO_SHOP ? 1 : b.shop === NO_SHOP ? -1 : collator.compare(a.shop, b.shop)));
}

/** True when the filter leaves some rows out (any choice made, or a search typed). */
export function isFiltering(filter: TeamFilter): boolean {
  return filter.shop !== ALL_SHOPS || filter.role !== '' || filter.search.trim() !== '';
}

/** The rows the filter keeps, in the index's order. */
export function filterTeamRows<R extends AgentRowLike>(index: readonly IndexedRow<R>[], filter: TeamFilter): R[] {
  const needle = searchText(filter.search.trim());
  const out: R[] = [];
  for (const { row, shop, text } of index) {
    if (filter.shop !== ALL_SHOPS && shop !== filter.shop) continue;
    if (filter.role !== '' && (row.agent.role ?? 'none') !== filter.role) continue;
    if (needle !== '' && !text.includes(needle)) continue;
    out.push(row);
  }
  return out;
}

/**
 * The plain mean of each metric over the rows that have it (missing values left out, not counted as
 * 0), null where none has it: the "average of the agents shown" reference row of a filtered view.
 */
export function averageOfRows(rows: readonly TeamRow[], metrics: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const metric of metrics) {
    let sum = 0;
    let n = 0;
    for (const row of rows) {
      const v = row.values[metric];
      if (typeof v === 'number') {
        sum += v;
        n++;
      }
    }
    out[metric] = n === 0 ? null : sum / n;
  }
  return out;
}
