import { describe, expect, it } from 'vitest';
import { agentKey, isMissingLabel, rowKindOf, shopOf } from '../../../lib/metrics/row-kind';
import type { RowKind } from '../../../lib/model/metric-types';

describe('rowKindOf', () => {
  it.each<[string, RowKind]>([
    ['汇总', 'team_total'],
    ['汇总值', 'team_total'],
    ['合计', 'team_total'],
    ['总计', 'team_total'],
    ['全店汇总', 'team_total'],
    ['团队汇总', 'team_total'],
    ['总体', 'team_total'],
    ['均值', 'team_average'],
    ['平均值', 'team_average'],
    ['平均', 'team_average'],
    ['全店平均值', 'team_average'],
    ['团队均值', 'team_average'],
    ['店铺均值', 'team_average'],
    ['同行同层均值', 'peer_average'],
    ['同行同层平均', 'peer_average'],
    ['同行均值', 'peer_average'],
    ['同行同层优秀', 'peer_top'],
    ['同行优秀', 'peer_top'],
    // 抖店 飞鸽 exports (飞鸽_客服表现.xlsx).
    ['店铺汇总值', 'team_total'],
    ['店铺平均值', 'team_average'],
    [' 店铺汇总值 ', 'team_total'],
    ['店铺平均值：', 'team_average'],
    // Noise around a whole benchmark label.
    [' 合计 ', 'team_total'],
    ['合计：', 'team_total'],
    ['合计(12人)', 'team_total'],
    ['合计（12人）', 'team_total'],
    ['同行同层\n均值', 'peer_average'],
    ['均\u3000值', 'team_average'],
    ['\u200B汇总', 'team_total'],
    // Agents, including nicknames that contain benchmark words.
    ['小王', 'agent'],
    ['旗舰店:小王', 'agent'],
    ['旗舰店：小王', 'agent'],
    ['旗舰店:均值', 'agent'],
    ['旗舰店：合计', 'agent'],
    ['均值哥', 'agent'],
    ['平均小王', 'agent'],
    ['合计客服01', 'agent'],
    ['汇总组:阿花', 'agent'],
    ['同行同层均值以上', 'agent'],
    ['a'.repeat(100), 'agent'],
    ['', 'agent'],
  ])('%j → %s', (label, kind) => {
    expect(rowKindOf(label)).toBe(kind);
  });
});

describe('agentKey', () => {
  it.each([
    ['  旗舰店:小王  ', '旗舰店:小王'],
    ['旗舰店：小王', '旗舰店：小王'],
    ['\n小王\t', '小王'],
    ['\u200B小王\uFEFF', '小王'],
    ['小\u200B王', '小王'],
    ['小 王', '小 王'],
    ['\u3000小王\u00A0', '小王'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(agentKey(text)).toBe(key);
  });
});

describe('shopOf', () => {
  it.each<[string, string | null]>([
    ['旗舰店:小王', '旗舰店'],
    ['旗舰店：小王', '旗舰店'],
    [' 旗舰店 : 小王 ', '旗舰店'],
    ['旗舰店:客服:小王', '旗舰店'],
    ['小王', null],
    [':小王', null],
    ['', null],
  ])('%j → %j', (text, shop) => {
    expect(shopOf(text)).toBe(shop);
  });
});

describe('isMissingLabel', () => {
  // A name cell that is itself a missing marker names nobody: the row is not an agent.
  it.each(['延时统计', '延迟统计', '-', '--', '—', '－', '/', 'N/A', '暂无', '暂无数据', '', '  ', ' 延时统计 ', '延时\n统计'])('%j is a missing marker', (label) => {
    expect(isMissingLabel(label)).toBe(true);
  });

  it.each(['小王', '旗舰店:延时统计', '延时统计员', '合计', '-小王', '0', 'a'.repeat(60)])('%j is a name', (label) => {
    expect(isMissingLabel(label)).toBe(false);
  });
});
