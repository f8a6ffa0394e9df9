import { describe, expect, it } from 'vitest';
import { cellStatus } from '../../../../components/sidepanel/cell-status';
import { nextSort, sortTeamRows } from '../../../../components/sidepanel/sort-team-rows';
import type { AgentEntry, AgentStanding, TargetGap, TeamRow } from '../../../../lib/analysis/types';

function gap(over: Partial<TargetGap>): TargetGap {
  return { metric: 'reply_rate', kind: 'basic', value: 97, target: 98, gap: -1, gapPercent: -1.02, shortfall: 0.1, passed: false, score: 70, weight: 25, ...over };
}

function row(key: string, name: string, score: number | null, values: Record<string, number | null>): TeamRow {
  const agent: AgentEntry = { key, labels: [key], name, role: 'presale', roleGuessed: false, isMe: false };
  const standing: AgentStanding | null =
    score === null ? null : { score, grade: null, gaps: [], basicPassed: 0, basicTotal: 0, incentiveScore: null, commission: null, weakest: null };
  return { agent, values, standing, alerts: [] };
}

describe('cellStatus', () => {
  it.each([
    ['no gap (metric outside the scheme)', undefined, 'none'],
    ['no value', gap({ value: null, gap: null, shortfall: null, passed: null }), 'none'],
    ['reply rate 98.5% against 98%', gap({ value: 98.5, gap: 0.5, shortfall: -0.05, passed: true }), 'pass'],
    ['exactly on target', gap({ value: 98, gap: 0, shortfall: 0, passed: true }), 'pass'],
    ['reply rate 97.6% against 98% (span 90→100)', gap({ value: 97.6, gap: -0.4, shortfall: 0.04, passed: false }), 'near'],
    ['at the near limit', gap({ shortfall: 0.1 }), 'near'],
    ['avg response 42 s against 30 s (span 30→5)', gap({ metric: 'avg_response_time', value: 42, target: 30, gap: 12, shortfall: 0.48, passed: false }), 'fail'],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(cellStatus(input)).toBe(expected);
  });
});

describe('sortTeamRows', () => {
  const rows = [
    row('旗舰店:小美', '小美', 88.4, { reply_rate: 96.1, avg_response_time: 25.3 }),
    row('旗舰店:阿强', '阿强', 92, { reply_rate: 99, avg_response_time: null }),
    row('旗舰店:丽丽', '丽丽', null, { reply_rate: 97.55 }),
    row('旗舰店:大刘', '大刘', 71.5, { reply_rate: null, avg_response_time: 41 }),
  ];
  const keys = (list: TeamRow[]) => list.map((r) => r.agent.name);

  it('sorts by score, best first, rows without a score last', () => {
    expect(keys(sortTeamRows(rows, { column: 'score' }, 'descending'))).toEqual(['阿强', '小美', '大刘', '丽丽']);
    expect(keys(sortTeamRows(rows, { column: 'score' }, 'ascending'))).toEqual(['大刘', '小美', '阿强', '丽丽']);
  });

  it('sorts by a metric with missing values last in both directions', () => {
    expect(keys(sortTeamRows(rows, { column: 'metric', metric: 'reply_rate' }, 'descending'))).toEqual(['阿强', '丽丽', '小美', '大刘']);
    expect(keys(sortTeamRows(rows, { column: 'metric', metric: 'avg_response_time' }, 'ascending'))).toEqual(['小美', '大刘', '阿强', '丽丽']);
  });

  it('sorts names in Chinese (pinyin) order', () => {
    // pinyin: a qiang, da liu, li li, xiao mei
    expect(keys(sortTeamRows(rows, { column: 'name' }, 'ascending'))).toEqual(['阿强', '大刘', '丽丽', '小美']);
    expect(keys(sortTeamRows(rows, { column: 'name' }, 'descending'))).toEqual(['小美', '丽丽', '大刘', '阿强']);
  });

  it('flips the same column and starts a new one in its natural direction', () => {
    const score = { key: { column: 'score' as const }, direction: 'descending' as const };
    expect(nextSort(score, { column: 'score' })).toEqual({ key: { column: 'score' }, direction: 'ascending' });
    expect(nextSort(score, { column: 'name' })).toEqual({ key: { column: 'name' }, direction: 'ascending' });
    expect(nextSort(score, { column: 'metric', metric: 'reply_rate' }).direction).toBe('descending');
    const reply = { key: { column: 'metric' as const, metric: 'reply_rate' }, direction: 'descending' as const };
    expect(nextSort(reply, { column: 'metric', metric: 'avg_response_time' })).toEqual({ key: { column: 'metric', metric: 'avg_response_time' }, direction: 'descending' });
  });
});
