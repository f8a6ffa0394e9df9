import { describe, expect, it } from 'vitest';
import type { AgentMonth } from '../../../../lib/analysis/month-review';
import { monthValueOf, sortMonthRows } from '../../../../components/sidepanel/sort-month-rows';
import { nextSort } from '../../../../components/sidepanel/sort-team-rows';

const value = (v: number | null) => ({ value: v, days: 3, monthDays: 30, approximate: false, source: 'days' as const });
function row(name: string, score: number | null, reply: number | null, commission: number | null, consult: number | null): AgentMonth {
  return {
    agent: { key: `店:${name}`, labels: [`店:${name}`], name, role: 'presale', roleGuessed: false, isMe: false },
    version: null,
    standing: score === null ? null : ({ score, commission } as AgentMonth['standing']),
    metrics: [{ metric: 'reply_rate', month: reply === null ? null : value(reply) } as AgentMonth['metrics'][number]],
    volumes: [{ metric: 'consult_count', month: consult === null ? null : value(consult), perDay: true, previous: null, change: null }],
    previousScore: null,
    previousGrade: null,
    scoreChange: null,
    nextGrade: null,
  };
}

const rows = [row('乙', 80, 97, 100, 10), row('甲', null, 99, null, null), row('丙', 90, null, 50, 30)];
const names = (list: AgentMonth[]) => list.map((r) => r.agent.name);

describe('sortMonthRows', () => {
  it('sorts by score, commission, a scheme metric and a volume, missing values last either way', () => {
    expect(names(sortMonthRows(rows, { column: 'score' }, 'descending'))).toEqual(['丙', '乙', '甲']);
    expect(names(sortMonthRows(rows, { column: 'score' }, 'ascending'))).toEqual(['乙', '丙', '甲']);
    expect(names(sortMonthRows(rows, { column: 'commission' }, 'descending'))).toEqual(['乙', '丙', '甲']);
    expect(names(sortMonthRows(rows, { column: 'metric', metric: 'reply_rate' }, 'ascending'))).toEqual(['乙', '甲', '丙']);
    expect(names(sortMonthRows(rows, { column: 'metric', metric: 'consult_count' }, 'descending'))).toEqual(['丙', '乙', '甲']);
    expect(names(sortMonthRows(rows, { column: 'name' }, 'ascending'))).toEqual(['丙', '甲', '乙']);
  });

  it('reads a metric from the judgements, else the volumes', () => {
    expect(monthValueOf(rows[0]!, 'reply_rate')).toBe(97);
    expect(monthValueOf(rows[0]!, 'consult_count')).toBe(10);
    expect(monthValueOf(rows[0]!, 'sales_amount')).toBeNull();
  });

  it('flips the same column and starts a new one largest first (names A→Z)', () => {
    expect(nextSort({ key: { column: 'score' }, direction: 'descending' }, { column: 'score' }).direction).toBe('ascending');
    expect(nextSort({ key: { column: 'score' }, direction: 'descending' }, { column: 'name' }).direction).toBe('ascending');
    expect(nextSort({ key: { column: 'name' }, direction: 'ascending' }, { column: 'metric', metric: 'reply_rate' }).direction).toBe('descending');
  });
});
