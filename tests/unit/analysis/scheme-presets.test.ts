import { describe, expect, it } from 'vitest';
import { AGENT_ROLES, kpiSchemeSchema } from '../../../lib/analysis/kpi-scheme';
import { PRESET_SCHEMES, presetScheme } from '../../../lib/analysis/scheme-presets';
import { metricById } from '../../../lib/model/metric-catalog';

describe('PRESET_SCHEMES', () => {
  it.each(AGENT_ROLES)('%s parses with kpiSchemeSchema', (role) => {
    const parsed = kpiSchemeSchema.safeParse(PRESET_SCHEMES[role]);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(PRESET_SCHEMES[role]);
  });

  it('售前: basic online, reply, first and average response; incentive inquiry conversion', () => {
    const s = PRESET_SCHEMES.presale;
    expect(s.role).toBe('presale');
    expect(s.name).toBe('售前考核');
    const m = s.versions[0]!.metrics;
    expect(m.map((x) => [x.metric, x.kind])).toEqual([
      ['online_duration', 'basic'],
      ['reply_rate', 'basic'],
      ['first_response_time', 'basic'],
      ['avg_response_time', 'basic'],
      ['inquiry_conversion_rate', 'incentive'],
    ]);
  });

  it('售后: the same basics; incentive positive reviews, return rate, changed reviews', () => {
    const s = PRESET_SCHEMES.aftersale;
    expect(s.role).toBe('aftersale');
    expect(s.name).toBe('售后考核');
    expect(s.versions[0]!.metrics.map((x) => [x.metric, x.kind])).toEqual([
      ['online_duration', 'basic'],
      ['reply_rate', 'basic'],
      ['first_response_time', 'basic'],
      ['avg_response_time', 'basic'],
      ['positive_review_rate', 'incentive'],
      ['return_rate', 'incentive'],
      ['review_changed_count', 'incentive'],
    ]);
  });

  it.each(AGENT_ROLES)('%s: one version from 2020-01-01, weights sum to 100, grades 金/银/铜, no commission', (role) => {
    const s = PRESET_SCHEMES[role];
    expect(s.versions).toHaveLength(1);
    const v = s.versions[0]!;
    expect(v.effectiveFrom).toBe('2020-01-01');
    expect(v.metrics.reduce((sum, m) => sum + m.weight, 0)).toBe(100);
    expect(v.grades).toEqual([
      { name: '金牌', minScore: 90 },
      { name: '银牌', minScore: 80 },
      { name: '铜牌', minScore: 70 },
    ]);
    expect(v.commission).toEqual([]);
    expect(v.commissionScaledByScore).toBe(false);
  });

  it.each(AGENT_ROLES)('%s: each metric scores in its catalog direction and has its target within worst…best', (role) => {
    for (const m of PRESET_SCHEMES[role].versions[0]!.metrics) {
      const dir = metricById(m.metric)?.direction;
      expect(dir, m.metric).toBe(m.best > m.worst ? 'up' : 'down');
      expect(Math.min(m.worst, m.best) <= m.target && m.target <= Math.max(m.worst, m.best), m.metric).toBe(true);
    }
  });

  it('defaults from docs/metrics.md', () => {
    const byId = new Map(PRESET_SCHEMES.presale.versions[0]!.metrics.map((m) => [m.metric, m]));
    expect(byId.get('online_duration')).toMatchObject({ target: 28800 });
    expect(byId.get('reply_rate')).toMatchObject({ target: 98, worst: 90, best: 100 });
    expect(byId.get('first_response_time')).toMatchObject({ target: 15, worst: 40, best: 8 });
    expect(byId.get('avg_response_time')).toMatchObject({ target: 30, worst: 55, best: 5 });
    expect(byId.get('inquiry_conversion_rate')).toMatchObject({ target: 50 });
  });

  it('is frozen: a caller cannot change the presets by accident', () => {
    expect(Object.isFrozen(PRESET_SCHEMES.presale.versions[0]!.metrics[0])).toBe(true);
  });
});

describe('presetScheme', () => {
  it('returns a deep, editable copy', () => {
    const a = presetScheme('presale');
    a.versions[0]!.metrics[0]!.target = 1;
    a.versions[0]!.grades.pop();
    expect(PRESET_SCHEMES.presale.versions[0]!.metrics[0]!.target).toBe(28800);
    expect(presetScheme('presale').versions[0]!.grades).toHaveLength(3);
    expect(presetScheme('aftersale')).toEqual(PRESET_SCHEMES.aftersale);
  });
});
