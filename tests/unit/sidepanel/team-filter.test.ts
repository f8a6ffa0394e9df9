import { describe, expect, test } from 'vitest';
import type { AgentEntry, AgentRole, TeamRow } from '@/lib/analysis';
import { ALL_SHOPS, averageOfRows, filterTeamRows, indexTeamRows, isFiltering, NO_FILTER, NO_SHOP, searchText, teamShops } from '@/lib/sidepanel';

function row(key: string, role: AgentRole | null, values: Record<string, number | null> = {}, extra: Partial<AgentEntry> = {}): TeamRow {
  const name = extra.name ?? key.replace(/^.*[:：]/, '');
  return { agent: { key, labels: [key, ...(extra.labels ?? [])], name, role, roleGuessed: false, isMe: false }, values, standing: null, alerts: [] };
}

// Rows in the team view's order; shops 店铺2 and 店铺10 sort by number, the plain nickname has no shop.
const ROWS = [
  row('店铺10:小王', 'presale', { reply_rate: 90 }),
  row('店铺2:阿珍', 'aftersale', { reply_rate: 80 }, { name: '珍珍', labels: ['店铺2:阿珍旧号'] }),
  row('店铺2：小美', 'presale', { reply_rate: null }),
  row('散客服', null, { reply_rate: 70 }),
  row('店铺10:大伟', 'aftersale'),
];
const INDEX = indexTeamRows(ROWS);
const keys = (rows: TeamRow[]) => rows.map((r) => r.agent.key);

describe('team filter', () => {
  test('shops come from the key before the colon (either width), counted, in numeric pinyin order, no shop last', () => {
    expect(teamShops(INDEX)).toEqual([
      { shop: '店铺2', agents: 2 },
      { shop: '店铺10', agents: 2 },
      { shop: NO_SHOP, agents: 1 },
    ]);
  });

  test('a shop keeps its agents in the incoming order; NO_SHOP keeps keys without a shop', () => {
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, shop: '店铺2' }))).toEqual(['店铺2:阿珍', '店铺2：小美']);
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, shop: NO_SHOP }))).toEqual(['散客服']);
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, shop: '店铺9' }))).toEqual([]);
  });

  test('a role keeps agents of that role; "none" keeps agents without one', () => {
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, role: 'aftersale' }))).toEqual(['店铺2:阿珍', '店铺10:大伟']);
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, role: 'none' }))).toEqual(['散客服']);
  });

  test('search finds key, display name and alias, ignoring case, width and surrounding spaces', () => {
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, search: '珍珍' }))).toEqual(['店铺2:阿珍']);
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, search: '旧号' }))).toEqual(['店铺2:阿珍']);
    expect(keys(filterTeamRows(INDEX, { ...NO_FILTER, search: ' 店铺２:小 ' }))).toEqual(['店铺2：小美']);
    expect(searchText('ＡＢｃ：１')).toBe('abc:1');
  });

  test('filters combine', () => {
    expect(keys(filterTeamRows(INDEX, { shop: '店铺10', role: 'presale', search: '' }))).toEqual(['店铺10:小王']);
    expect(keys(filterTeamRows(INDEX, { shop: '店铺10', role: 'presale', search: '大伟' }))).toEqual([]);
  });

  test('no filter keeps every row; isFiltering says when something is left out', () => {
    expect(keys(filterTeamRows(INDEX, NO_FILTER))).toEqual(keys(ROWS));
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, search: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, shop: NO_SHOP })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, role: 'none' })).toBe(true);
    expect(ALL_SHOPS).toBe('');
  });

  test('the mean of the rows shown leaves missing values out and is null where none has the metric', () => {
    expect(averageOfRows(ROWS.slice(0, 3), ['reply_rate', 'first_response_time'])).toEqual({ reply_rate: 85, first_response_time: null });
    expect(averageOfRows([], ['reply_rate'])).toEqual({ reply_rate: null });
  });

  test('1,000 agents over 10 shops: a shop holds its 100, in order', () => {
    const many = Array.from({ length: 1000 }, (_, i) => row(`店铺${i % 10}:客服${i}`, i % 3 ? 'presale' : 'aftersale', { reply_rate: i }));
    const index = indexTeamRows(many);
    expect(teamShops(index).map((s) => s.agents)).toEqual(Array(10).fill(100));
    const shop3 = filterTeamRows(index, { ...NO_FILTER, shop: '店铺3' });
    expect(shop3).toHaveLength(100);
    expect(shop3.map((r) => r.values.reply_rate)).toEqual(Array.from({ length: 100 }, (_, i) => i * 10 + 3));
    expect(keys(filterTeamRows(index, { ...NO_FILTER, search: '客服99' }))).toEqual(['店铺9:客服99', ...Array.from({ length: 10 }, (_, i) => `店铺${i}:客服${990 + i}`)]);
  });
});
