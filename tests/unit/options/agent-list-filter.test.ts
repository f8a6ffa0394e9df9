import { describe, expect, it } from 'vitest';
import { buildAgentDirectory } from '../../../lib/analysis/agent-directory';
import { agentShops, ALL_SHOPS, filterAgents, parseShopFilter, shopFilterValue } from '../../../lib/options/agent-list-filter';

const labels = ['旗舰店:小美', '旗舰店:小美02', '专卖店：阿强', '专卖店:老王', '阿珍', '均值'];
const dir = buildAgentDirectory(labels, [{ key: '专卖店:老王', displayName: '王师傅', aliases: ['老王旧号'], isMe: false }]);
const keys = (agents: { key: string }[]) => agents.map((a) => a.key).sort();

describe('the agents list filter', () => {
  it('counts agents by shop (full-width colon too), in pinyin order, with the keys without a shop last', () => {
    expect(agentShops(dir.agents)).toEqual([
      { shop: '旗舰店', count: 2 },
      { shop: '专卖店', count: 2 },
      { shop: null, count: 1 },
    ]);
    expect(agentShops([])).toEqual([]);
  });

  it('narrows by shop, by "no shop", and by the search over name, key and aliases together', () => {
    expect(keys(filterAgents(dir.agents, '', ALL_SHOPS))).toEqual(['专卖店:老王', '专卖店：阿强', '旗舰店:小美', '旗舰店:小美02', '阿珍']);
    expect(keys(filterAgents(dir.agents, '', { kind: 'shop', shop: '旗舰店' }))).toEqual(['旗舰店:小美', '旗舰店:小美02']);
    expect(keys(filterAgents(dir.agents, '', { kind: 'none' }))).toEqual(['阿珍']);
    expect(keys(filterAgents(dir.agents, '02', { kind: 'shop', shop: '旗舰店' }))).toEqual(['旗舰店:小美02']);
    expect(keys(filterAgents(dir.agents, '02', { kind: 'shop', shop: '专卖店' }))).toEqual([]);
    // The display name and an alias find the agent as well as its key.
    expect(keys(filterAgents(dir.agents, '王师傅', ALL_SHOPS))).toEqual(['专卖店:老王']);
    expect(keys(filterAgents(dir.agents, '旧号', { kind: 'shop', shop: '专卖店' }))).toEqual(['专卖店:老王']);
    // An alias without a shop does not move its agent out of the agent's shop.
    expect(keys(filterAgents(dir.agents, '旧号', { kind: 'none' }))).toEqual([]);
  });

  it('round-trips the filter through a <select> value; a shop called "none" or "all" stays a shop', () => {
    for (const f of [ALL_SHOPS, { kind: 'none' } as const, { kind: 'shop', shop: '旗舰店' } as const, { kind: 'shop', shop: 'none' } as const, { kind: 'shop', shop: 'all' } as const]) {
      expect(parseShopFilter(shopFilterValue(f))).toEqual(f);
    }
    expect(parseShopFilter('something else')).toEqual(ALL_SHOPS);
  });
});
