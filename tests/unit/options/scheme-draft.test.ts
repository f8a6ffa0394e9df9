import { worded } from '../support/words';
import { say } from '../../../lib/i18n/translate';
import { describe, expect, it } from 'vitest';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { KpiScheme } from '../../../lib/analysis/kpi-scheme';
import { draftFromScheme, schemeFromDraft, weightSum, type SchemeDraft } from '../../../lib/options/scheme-draft';
import { checkSchemeDraft } from '../../../lib/options/check-scheme-draft';

/** 售前 scheme with two versions and a commission, in canonical units. */
const scheme: KpiScheme = {
  role: 'presale',
  name: '售前考核',
  versions: [
    {
      effectiveFrom: '2026-01-01',
      metrics: [
        { metric: 'online_duration', kind: 'basic', target: 28_800, worst: 21_600, best: 28_800, weight: 10 },
        { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 25 },
        { metric: 'avg_response_time', kind: 'basic', target: 30, worst: 55, best: 5, weight: 20 },
        { metric: 'inquiry_conversion_rate', kind: 'incentive', target: 50, worst: 30, best: 60, weight: 45 },
      ],
      grades: [
        { name: '金牌', minScore: 90 },
        { name: '银牌', minScore: 80 },
      ],
      commission: [
        { metric: 'sales_amount', mode: 'percent_of', rate: 0.5 },
        { metric: 'paid_count', mode: 'per_unit', rate: 2 },
      ],
      commissionScaledByScore: true,
    },
    {
      effectiveFrom: '2026-11-01',
      metrics: [{ metric: 'reply_rate', kind: 'basic', target: 99, worst: 95, best: 100, weight: 100 }],
      grades: [],
      commission: [],
      commissionScaledByScore: false,
    },
  ],
};

const clone = <T,>(x: T): T => structuredClone(x);

function editRow(draft: SchemeDraft, vi: number, metric: string, patch: Partial<SchemeDraft['versions'][0]['metrics'][0]>): SchemeDraft {
  const d = clone(draft);
  const row = d.versions[vi]!.metrics.find((m) => m.metric === metric)!;
  Object.assign(row, patch);
  return d;
}

describe('scheme draft', () => {
  it('shows online time in hours and every other number as stored', () => {
    const d = draftFromScheme(scheme);
    const [online, reply, avg] = d.versions[0]!.metrics;
    expect([online!.target, online!.worst, online!.best, online!.weight]).toEqual(['8', '6', '8', '10']);
    expect([reply!.target, reply!.worst, reply!.best]).toEqual(['98', '90', '100']);
    expect([avg!.target, avg!.worst, avg!.best]).toEqual(['30', '55', '5']);
    expect(d.versions[0]!.commission.map((c) => c.rate)).toEqual(['0.5', '2']);
    expect(d.versions[0]!.grades.map((g) => [g.name, g.minScore])).toEqual([['金牌', '90'], ['银牌', '80']]);
  });

  it('reads an untouched draft back to exactly the scheme, presets included', () => {
    expect(schemeFromDraft(draftFromScheme(scheme))).toEqual({ ok: true, scheme });
    for (const role of ['presale', 'aftersale'] as const) {
      expect(schemeFromDraft(draftFromScheme(presetScheme(role)))).toEqual({ ok: true, scheme: presetScheme(role) });
    }
  });

  it('stores edits in canonical units', () => {
    let d = editRow(draftFromScheme(scheme), 0, 'online_duration', { target: '7.5', worst: '6小时' });
    d = editRow(d, 1, 'reply_rate', { target: '97.5%' });
    const read = schemeFromDraft(d);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.scheme.versions[0]!.metrics[0]).toMatchObject({ target: 27_000, worst: 21_600 });
    expect(read.scheme.versions[1]!.metrics[0]!.target).toBe(97.5);
    expect(read.scheme.versions[0]!.metrics[1]!.target).toBe(98); // the other version is untouched
  });

  it('names every number that is empty or not a number, in both languages', () => {
    let d = editRow(draftFromScheme(scheme), 0, 'reply_rate', { target: '九十八', weight: '' });
    d = clone(d);
    d.versions[0]!.grades[1]!.minScore = 'x';
    d.versions[0]!.commission[0]!.rate = '';
    const read = schemeFromDraft(d);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map(worded)).toEqual([
      { path: 'versions[0].metrics[1].target', messageZh: '目标值不是数字：“九十八”', messageEn: 'The target is not a number: "九十八"' },
      { path: 'versions[0].metrics[1].weight', messageZh: '请填写权重', messageEn: 'Enter the weight' },
      { path: 'versions[0].grades[1].minScore', messageZh: '最低分不是数字：“x”', messageEn: 'The minimum score is not a number: "x"' },
      { path: 'versions[0].commission[0].rate', messageZh: '请填写提成比例', messageEn: 'Enter the rate' },
    ]);
  });

  it('refuses a commission mode that does not fit its metric', () => {
    const d = clone(draftFromScheme(scheme));
    d.versions[0]!.commission[0]!.metric = 'reply_rate'; // percent of a percentage
    d.versions[0]!.commission[1]!.metric = 'sales_amount'; // yuan per yuan
    const read = schemeFromDraft(d);
    expect(read.ok ? [] : read.issues.map((i) => [i.path, say(i.message)])).toEqual([
      ['versions[0].commission[0].mode', '按比例提成只适用于金额指标（元）'],
      ['versions[0].commission[1].mode', '按件/人提成只适用于计数指标'],
    ]);
  });

  it('adds up the weights that are numbers', () => {
    expect(weightSum(draftFromScheme(scheme).versions[0]!.metrics)).toBe(100);
    expect(weightSum(draftFromScheme(presetScheme('presale')).versions[0]!.metrics)).toBe(100);
    const d = editRow(draftFromScheme(scheme), 0, 'reply_rate', { weight: 'x' });
    expect(weightSum(d.versions[0]!.metrics)).toBe(75);
  });
});

describe('checkSchemeDraft', () => {
  const issuesOf = (d: SchemeDraft) => {
    const r = checkSchemeDraft(d);
    return r.ok ? [] : r.issues.map((i) => [i.path, say(i.message)]);
  };

  it('passes a valid draft', () => {
    expect(checkSchemeDraft(draftFromScheme(scheme))).toEqual({ ok: true, scheme });
  });

  it('refuses worst = best with the schema message beside the best value', () => {
    const d = editRow(draftFromScheme(scheme), 1, 'reply_rate', { worst: '99', best: '99' });
    expect(issuesOf(d)).toEqual([['versions[1].metrics[0].best', '最差值与最佳值不能相同']]);
  });

  it('refuses a metric listed twice, an empty grade name, a weight over 1000 and a score over 100', () => {
    const d = clone(draftFromScheme(scheme));
    d.versions[0]!.metrics[2]!.metric = 'reply_rate';
    d.versions[0]!.metrics[3]!.weight = '2000';
    d.versions[0]!.grades[0]!.name = '  ';
    d.versions[0]!.grades[1]!.minScore = '120';
    const paths = issuesOf(d).map(([p]) => p);
    expect(paths).toEqual(
      expect.arrayContaining([
        'versions[0].metrics[2].metric',
        'versions[0].metrics[3].weight',
        'versions[0].grades[0].name',
        'versions[0].grades[1].minScore',
      ]),
    );
    expect(paths).toHaveLength(4);
    expect(issuesOf(d).find(([p]) => p === 'versions[0].metrics[2].metric')![1]).toBe('指标 reply_rate 重复');
  });

  it('refuses versions out of date order', () => {
    const d = clone(draftFromScheme(scheme));
    d.versions[1]!.effectiveFrom = '2026-01-01';
    expect(issuesOf(d)).toEqual([['versions[1].effectiveFrom', '各版本的生效日期必须递增且不重复']]);
  });
});
