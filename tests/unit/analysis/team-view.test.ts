import { describe, expect, it } from 'vitest';
import { buildAgentDirectory } from '../../../lib/analysis/agent-directory';
import type { KpiScheme } from '../../../lib/analysis/kpi-scheme';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { buildTeamView } from '../../../lib/analysis/team-view';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { valueRecord } from './value-record';

const SERVICE = 'sycm|https://sycm.taobao.com/qos/service/frame/team|service';
const SALES = 'sycm|https://sycm.taobao.com/qos/service/frame/sales|sales';
const DAY = '2026-11-20';
const HOUR = 3600;

function value(label: string, metric: string, v: number | null, opts: { day?: string; end?: string; source?: string; at?: string } = {}): ValueRecord {
  return valueRecord(label, metric, v, { start: opts.day ?? DAY, end: opts.end, source: opts.source ?? SERVICE, at: opts.at });
}

function rowOf(label: string, values: Record<string, number | null>, opts?: Parameters<typeof value>[3]): ValueRecord[] {
  return Object.entries(values).map(([metric, v]) => value(label, metric, v, opts));
}

const PERIOD_VALUES: ValueRecord[] = [
  // 服务 table: 小美 has no conversion here; her renamed account 小美美 has it in the 销售 table.
  ...rowOf('旗舰店:小美', { online_duration: 8 * HOUR, reply_rate: 96, first_response_time: 16, avg_response_time: 30, inquiry_conversion_rate: null, consult_count: 120 }),
  ...rowOf('旗舰店:小美美', { inquiry_conversion_rate: 45, message_chars: 8000 }, { source: SALES }),
  ...rowOf('旗舰店:阿强', { online_duration: 8 * HOUR, reply_rate: 95, first_response_time: 10, avg_response_time: 20, positive_review_rate: 99, return_rate: 3, consult_count: 80 }),
  ...rowOf('旗舰店:王五', { reply_rate: 99, avg_response_time: 12, consult_count: 60 }),
  ...rowOf('均值', { reply_rate: 96.67, avg_response_time: 20.67, consult_count: 86.67 }),
  ...rowOf('汇总', { consult_count: 260 }),
  ...rowOf('同行同层优秀', { reply_rate: 99.5, avg_response_time: 8 }),
  ...rowOf('旗舰店:临时工', { reply_rate: 50 }), // not in the directory: no row
];

/** 阿强's reply rate fell four days in a row up to the period; 小美's fell until the day before, then no data. */
const RECENT_DAILY: ValueRecord[] = [
  ...[99, 98, 97, 96, 95].map((v, i) => value('旗舰店:阿强', 'reply_rate', v, { day: `2026-11-${16 + i}` })),
  ...[99, 98, 97, 96].map((v, i) => value('旗舰店:小美美', 'reply_rate', v, { day: `2026-11-${15 + i}` })),
  value('旗舰店:小美', 'reply_rate', 95, { day: '2026-11-19' }),
  // A week is never a daily point.
  value('旗舰店:王五', 'reply_rate', 80, { day: '2026-11-14', end: '2026-11-20' }),
];

const LABELS = [...new Set(PERIOD_VALUES.map((v) => v.label))].filter((l) => l !== '旗舰店:临时工');

function schemes(): Record<'presale' | 'aftersale', KpiScheme> {
  return { presale: presetScheme('presale'), aftersale: presetScheme('aftersale') };
}

function directory() {
  return buildAgentDirectory(LABELS, [
    { key: '旗舰店:小美', aliases: ['旗舰店:小美美'], role: 'presale', isMe: true },
    { key: '旗舰店:阿强', aliases: [], role: 'aftersale', isMe: false },
  ]);
}

describe('buildTeamView', () => {
  it('gives a row per agent with aliases merged, scored by the scheme of their role, best first', () => {
    const view = buildTeamView({ period: { start: DAY, end: DAY }, periodValues: PERIOD_VALUES, recentDaily: RECENT_DAILY, directory: directory(), schemes: schemes() });
    expect(view.period).toEqual({ start: DAY, end: DAY });
    expect(view.rows.map((r) => r.agent.key)).toEqual(['旗舰店:阿强', '旗舰店:小美', '旗舰店:王五']);

    const [qiang, mei, wu] = view.rows;
    // 售后 preset: online 100×10, reply 50×15, first 93.75×10, avg 70×15, reviews 90×20, returns 80×15; /85.
    expect(qiang!.standing!.score).toBeCloseTo(6737.5 / 85, 6);
    expect(qiang!.standing!.grade).toBe('铜牌');
    // 售前 preset: online 100×10, reply 60×20, first 75×12, avg 50×18, conversion 50×40; /100.
    expect(mei!.standing!.score).toBeCloseTo(60, 6);
    expect(mei!.standing!.grade).toBeNull();
    // Weakest: conversion 5 pp short over a 30 pp span × weight 40 outweighs reply rate 2 pp over 10 × 20.
    expect(mei!.standing!.weakest?.metric).toBe('inquiry_conversion_rate');
    // The alias's number fills the metric the key's table had as missing; the alias's other metrics join in.
    expect(mei!.values).toEqual({ online_duration: 8 * HOUR, reply_rate: 96, first_response_time: 16, avg_response_time: 30, inquiry_conversion_rate: 45, consult_count: 120, message_chars: 8000 });
    expect(wu!.standing).toBeNull();
    expect(wu!.values).toEqual({ reply_rate: 99, avg_response_time: 12, consult_count: 60 });
  });

  it('flags trend alerts about the period’s last day only', () => {
    const view = buildTeamView({ period: { start: DAY, end: DAY }, periodValues: PERIOD_VALUES, recentDaily: RECENT_DAILY, directory: directory(), schemes: schemes() });
    const [qiang, mei, wu] = view.rows;
    expect(qiang!.alerts).toEqual([expect.objectContaining({ metric: 'reply_rate', kind: 'worsening_run', date: DAY, periods: 4, latest: 95, baseline: 99 })]);
    // 小美's run (her two texts together) ends on 11-19: nothing to say about 11-20.
    expect(mei!.alerts).toEqual([]);
    expect(wu!.alerts).toEqual([]);
  });

  it('orders columns: scheme metrics present (售前, then 售后), then the rest in catalog order', () => {
    const view = buildTeamView({ period: { start: DAY, end: DAY }, periodValues: PERIOD_VALUES, recentDaily: [], directory: directory(), schemes: schemes() });
    expect(view.metrics).toEqual([
      'online_duration', 'reply_rate', 'first_response_time', 'avg_response_time', 'inquiry_conversion_rate',
      'positive_review_rate', 'return_rate',
      'consult_count', 'message_chars',
    ]);
  });

  it('keeps benchmark rows by kind: total, average, peer top', () => {
    const view = buildTeamView({ period: { start: DAY, end: DAY }, periodValues: PERIOD_VALUES, recentDaily: [], directory: directory(), schemes: schemes() });
    expect(view.benchmarks).toEqual([
      { kind: 'team_total', label: '汇总', values: { consult_count: 260 } },
      { kind: 'team_average', label: '均值', values: { reply_rate: 96.67, avg_response_time: 20.67, consult_count: 86.67 } },
      { kind: 'peer_top', label: '同行同层优秀', values: { reply_rate: 99.5, avg_response_time: 8 } },
    ]);
  });

  it('judges a period by the scheme version in force at its start', () => {
    const s = schemes();
    const v1 = s.presale.versions[0]!;
    // From 11-21 the shop asks 99% reply rate; from 11-20 on, 97%.
    s.presale.versions.push(
      { ...v1, effectiveFrom: '2026-11-20', metrics: v1.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 97 } : m)) },
      { ...v1, effectiveFrom: '2026-11-21', metrics: v1.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 99 } : m)) },
    );
    const view = buildTeamView({ period: { start: DAY, end: DAY }, periodValues: PERIOD_VALUES, recentDaily: [], directory: directory(), schemes: s });
    const mei = view.rows.find((r) => r.agent.key === '旗舰店:小美')!;
    expect(mei.standing!.gaps.find((g) => g.metric === 'reply_rate')).toMatchObject({ target: 97, gap: -1, passed: false });
  });

  it('takes the latest capture when an agent has two numbers for one metric', () => {
    const values = [
      value('旗舰店:小美', 'reply_rate', 96, { at: '2026-11-21T01:00:00.000Z' }),
      value('旗舰店:小美美', 'reply_rate', 97.5, { source: SALES, at: '2026-11-21T02:00:00.000Z' }),
    ];
    const view = buildTeamView({ period: { start: DAY, end: DAY }, periodValues: values, recentDaily: [], directory: directory(), schemes: schemes() });
    expect(view.rows[0]!.values).toEqual({ reply_rate: 97.5 });
  });

  it('gives an empty view for a period without values', () => {
    expect(buildTeamView({ period: { start: DAY, end: DAY }, periodValues: [], recentDaily: RECENT_DAILY, directory: directory(), schemes: schemes() })).toEqual({
      period: { start: DAY, end: DAY },
      metrics: [],
      rows: [],
      benchmarks: [],
    });
  });
});
