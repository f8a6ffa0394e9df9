import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { buildAgentView, targetSteps } from '../../../lib/analysis/agent-view';
import type { KpiScheme, SchemeVersion } from '../../../lib/analysis/kpi-scheme';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { AgentEntry } from '../../../lib/analysis/types';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { METRICS } from '../../../lib/model/metric-catalog';
import { valueRecord } from './value-record';

const SOURCE = 'sycm|https://sycm.taobao.com/qos/service/frame/team|service';

function value(label: string, day: string, metric: string, v: number | null, opts: { end?: string; at?: string } = {}): ValueRecord {
  return valueRecord(label, metric, v, { start: day, end: opts.end, source: SOURCE, at: opts.at });
}

const MEI: AgentEntry = { key: '旗舰店:小美', labels: ['旗舰店:小美', '旗舰店:小美美'], name: '小美', role: 'presale', roleGuessed: false, isMe: true };
const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];

/** The preset, then 11-18: reply rate 99%; then 11-20: average response no longer judged. */
function presale(): KpiScheme {
  const s = presetScheme('presale');
  const v1 = s.versions[0]!;
  const v2: SchemeVersion = { ...v1, effectiveFrom: '2026-11-18', metrics: v1.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 99 } : m)) };
  const v3: SchemeVersion = { ...v2, effectiveFrom: '2026-11-20', metrics: v2.metrics.filter((m) => m.metric !== 'avg_response_time') };
  s.versions.push(v2, v3);
  return s;
}

function schemes() {
  return { presale: presale(), aftersale: presetScheme('aftersale') };
}

const HISTORY: ValueRecord[] = [
  ...[99.5, 99.2, 99.4, 99.1, 98.6, 97.9, 97.0].map((v, i) => value('旗舰店:小美', DAYS[i]!, 'reply_rate', v)),
  ...[28, 27, null, 26, 25, 31, 24].map((v, i) => value('旗舰店:小美', DAYS[i]!, 'avg_response_time', v)),
  // The renamed account carries consult counts; on 11-20 both texts have one, the later capture wins.
  ...[100, 110, 120].map((v, i) => value('旗舰店:小美美', DAYS[4 + i]!, 'consult_count', v)),
  value('旗舰店:小美', '2026-11-20', 'consult_count', 999, { at: '2026-11-20T20:00:00.000Z' }),
  // A week is not a day.
  value('旗舰店:小美', '2026-11-14', 'inquiry_conversion_rate', 45, { end: '2026-11-20' }),
  // Someone else's value slipped in: left out.
  value('旗舰店:阿强', '2026-11-20', 'reply_rate', 50),
];

const TEAM_AVERAGE: ValueRecord[] = [
  ...[98, 98.5].map((v, i) => value('均值', DAYS[5 + i]!, 'reply_rate', v, { at: `${DAYS[5 + i]}T22:00:00.000Z` })),
  value('团队均值', '2026-11-20', 'reply_rate', 98.2, { at: '2026-11-20T23:30:00.000Z' }), // later than 均值 of that day
  value('汇总', '2026-11-20', 'reply_rate', 1000), // a total is no average
  value('均值', '2026-11-12', 'consult_count', 90),
];

describe('buildAgentView', () => {
  const view = buildAgentView({ agent: MEI, history: HISTORY, teamAverage: TEAM_AVERAGE, schemes: schemes() });

  it('draws a daily trend per metric the agent has, scheme metrics first', () => {
    expect(view.agent).toBe(MEI);
    expect(view.period).toEqual({ start: '2026-11-20', end: '2026-11-20' });
    expect(view.trends.map((t) => t.metric)).toEqual(['reply_rate', 'avg_response_time', 'consult_count']);
    const reply = view.trends[0]!;
    expect(reply.points.map((p) => p.value)).toEqual([99.5, 99.2, 99.4, 99.1, 98.6, 97.9, 97.0]);
    expect(reply.teamAverage).toEqual([
      { date: '2026-11-19', value: 98 },
      { date: '2026-11-20', value: 98.2 },
    ]);
    expect(view.trends[1]!.points.map((p) => p.date)).toEqual(['2026-11-14', '2026-11-15', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(view.trends[2]!.points).toEqual([
      { date: '2026-11-18', value: 100 },
      { date: '2026-11-19', value: 110 },
      { date: '2026-11-20', value: 120 },
    ]);
  });

  it('gives target steps per scheme version, clipped to the data, with holes where a version drops the metric', () => {
    expect(view.trends[0]!.targets).toEqual([
      { from: '2026-11-14', to: '2026-11-17', target: 98 },
      { from: '2026-11-18', to: null, target: 99 },
    ]);
    expect(view.trends[1]!.targets).toEqual([{ from: '2026-11-14', to: '2026-11-19', target: 30 }]);
    expect(view.trends[2]!.targets).toEqual([]);
  });

  it('gives the change against the previous point', () => {
    expect(view.trends[0]!.change!.previous).toBe(97.9);
    expect(view.trends[0]!.change!.latest).toBe(97);
    expect(view.trends[0]!.change!.delta).toBeCloseTo(-0.9, 9);
    expect(view.trends[0]!.change!.deltaPercent).toBeCloseTo((-0.9 / 97.9) * 100, 9);
    expect(view.trends[2]!.change).toEqual({ previous: 110, latest: 120, delta: 10, deltaPercent: (10 / 110) * 100 });
  });

  it('stands the latest day against the version in force then, and alerts about it', () => {
    // Version 3: reply rate 99% (97 scores 70 on 90 → 100); average response is not judged any more.
    expect(view.standing!.gaps.map((g) => g.metric)).toEqual(['online_duration', 'reply_rate', 'first_response_time', 'inquiry_conversion_rate']);
    expect(view.standing!.gaps[1]).toMatchObject({ value: 97, target: 99, gap: -2, passed: false });
    expect(view.standing!.score).toBeCloseTo(70, 6);
    // Reply rate fell 99.4 → 99.1 → 98.6 → 97.9 → 97.0: a run of four.
    expect(view.alerts).toEqual([expect.objectContaining({ metric: 'reply_rate', kind: 'worsening_run', date: '2026-11-20', periods: 4 })]);
  });

  it('reuses the team-average lines for the same array, and reads a new array afresh', () => {
    const other: AgentEntry = { ...MEI, key: '旗舰店:阿强', labels: ['旗舰店:阿强'], name: '阿强', isMe: false };
    const qiang = buildAgentView({ agent: other, history: HISTORY, teamAverage: TEAM_AVERAGE, schemes: schemes() });
    expect(qiang.trends.map((t) => [t.metric, t.points.length])).toEqual([['reply_rate', 1]]);
    expect(qiang.trends[0]!.teamAverage).toEqual(view.trends[0]!.teamAverage);
    const changed = buildAgentView({ agent: MEI, history: HISTORY, teamAverage: [...TEAM_AVERAGE, value('均值', '2026-11-18', 'reply_rate', 97)], schemes: schemes() });
    expect(changed.trends[0]!.teamAverage.map((p) => p.date)).toEqual(['2026-11-18', '2026-11-19', '2026-11-20']);
  });

  it('has no standing without a role, and nothing without daily values', () => {
    const noRole = buildAgentView({ agent: { ...MEI, role: null }, history: HISTORY, teamAverage: [], schemes: schemes() });
    expect(noRole.standing).toBeNull();
    expect(noRole.trends[0]!.targets).toEqual([]);
    expect(noRole.trends.map((t) => t.metric)).toEqual(['avg_response_time', 'reply_rate', 'consult_count'].sort((a, b) => METRICS.findIndex((m) => m.id === a) - METRICS.findIndex((m) => m.id === b)));
    const empty = buildAgentView({ agent: MEI, history: [], teamAverage: TEAM_AVERAGE, schemes: schemes() });
    expect(empty).toEqual({ agent: MEI, period: null, standing: null, trends: [], alerts: [] });
  });
});

describe('targetSteps', () => {
  it('lets the first version cover days before it, and drops versions outside the range', () => {
    const s = presale();
    s.versions[0] = { ...s.versions[0]!, effectiveFrom: '2026-11-16' };
    expect(targetSteps(s, 'reply_rate', '2026-11-01', '2026-11-10')).toEqual([{ from: '2026-11-01', to: '2026-11-10', target: 98 }]);
    expect(targetSteps(s, 'reply_rate', '2026-11-19', '2026-11-19')).toEqual([{ from: '2026-11-19', to: '2026-11-19', target: 99 }]);
    expect(targetSteps(s, 'reply_rate', '2026-11-21', '2026-12-31')).toEqual([{ from: '2026-11-21', to: null, target: 99 }]);
    expect(targetSteps(s, 'avg_response_time', '2026-11-20', '2026-12-31')).toEqual([]);
    expect(targetSteps(s, 'not_in_scheme', '2026-11-01', '2026-12-31')).toEqual([]);
  });
});

describe('buildAgentView on a year of history', () => {
  it('builds 25 trends of 365 points from 9,125 values quickly', () => {
    const metrics = METRICS.slice(0, 25).map((m) => m.id);
    const start = parseISO('2026-01-01');
    const days = Array.from({ length: 365 }, (_, i) => format(addDays(start, i), 'yyyy-MM-dd'));
    const history: ValueRecord[] = [];
    const teamAverage: ValueRecord[] = [];
    days.forEach((day, d) => {
      metrics.forEach((metric, m) => {
        history.push(value(d % 2 === 0 ? '旗舰店:小美' : '旗舰店:小美美', day, metric, 50 + ((d * 7 + m * 13) % 40)));
        teamAverage.push(value('均值', day, metric, 60 + ((d + m) % 10)));
      });
    });
    expect(history).toHaveLength(9125);
    const input = { agent: MEI, history, teamAverage, schemes: schemes() };

    // The first run includes compiling and the team-average lines; later runs are agent switches (the
    // team average is cached per array, as the side panel passes the same one).
    const t0 = performance.now();
    let view = buildAgentView(input);
    const first = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      view = buildAgentView(input);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`buildAgentView, 9,125 history + 9,125 team-average values: first run ${first.toFixed(1)} ms, then (switches) median ${times[7]!.toFixed(1)} ms, max ${times[14]!.toFixed(1)} ms`);

    expect(view.trends).toHaveLength(25);
    expect(view.trends.every((t) => t.points.length === 365 && t.teamAverage.length === 365)).toBe(true);
    // Scheme metrics of the version in force on the last day lead (online time is not among these 25).
    expect(view.trends.slice(0, 4).map((t) => t.metric)).toEqual(['reply_rate', 'first_response_time', 'inquiry_conversion_rate', 'avg_response_time']);
    expect(view.period).toEqual({ start: '2026-12-31', end: '2026-12-31' });
    const reply = view.trends.find((t) => t.metric === 'reply_rate')!;
    expect(reply.points[364]).toEqual({ date: '2026-12-31', value: 50 + ((364 * 7 + metrics.indexOf('reply_rate') * 13) % 40) });
    expect(reply.targets).toEqual([
      { from: '2026-01-01', to: '2026-11-17', target: 98 },
      { from: '2026-11-18', to: null, target: 99 },
    ]);
    expect(view.standing!.gaps.find((g) => g.metric === 'reply_rate')!.value).toBe(reply.points[364]!.value);
  });
});
