import { describe, expect, it } from 'vitest';
import { presetScheme } from '../../../../lib/analysis/scheme-presets';
import { agentShareOf } from '../../../../lib/sync/agent-share';
import { type CaptureDoc, captureDocId, expectedId, type SharedDoc, type ValuesDoc } from '../../../../lib/sync/sync-documents';
import type { RowKind } from '../../../../lib/model';

const TABLE_A = 'sycm|team-a';
const TABLE_B = 'sycm|team-b';

function capture(sourceKey: string, at: string, warningRows: string[] = []): CaptureDoc {
  return {
    kind: 'capture',
    capture: {
      origin: 'capture',
      capturedAt: at,
      source: { console: 'sycm', pageUrl: 'https://sycm.taobao.com/x', frameUrl: 'https://sycm.taobao.com/x', tableKey: sourceKey.slice(5) },
      sourceKey,
      period: { start: '2026-11-20', end: '2026-11-20', guessed: false, evidence: '' },
      metrics: ['reply_rate'],
      headerTexts: {},
      agentCount: 3,
      benchmarkCount: 1,
      valueCount: 4,
      warnings: warningRows.map((row) => ({ row, metric: 'reply_rate', text: 'x%', reason: 'unreadable' })),
    },
  } as CaptureDoc;
}

function values(sourceKey: string, label: string, month: string, rowKind: RowKind, at: string): ValuesDoc {
  return {
    kind: 'values',
    sourceKey,
    label,
    month,
    origins: [{ capture: captureDocId({ sourceKey, capturedAt: at, origin: 'capture' }), capturedAt: at, guessed: false, rowKind, console: 'sycm' }],
    metrics: ['reply_rate'],
    periods: { [`${month}-20|${month}-20`]: { metricAt: [0], values: [90], originOf: [0] } },
  };
}

const AT_A = '2026-11-21T02:00:00.000Z';
const AT_B = '2026-11-21T03:00:00.000Z';
const AT_OCT = '2026-10-21T02:00:00.000Z';
const profile = (key: string, aliases: string[] = []): SharedDoc => ({ kind: 'profile', profile: { key, aliases }, editedAt: AT_A });

const SHOP_DOCS: SharedDoc[] = [
  capture(TABLE_A, AT_A, ['旗舰店:阿美', '旗舰店:阿波', '均值']),
  capture(TABLE_B, AT_B, ['旗舰店:阿波']),
  capture(TABLE_A, AT_OCT),
  values(TABLE_A, '旗舰店:阿美', '2026-11', 'agent', AT_A),
  values(TABLE_A, '旗舰店:阿波', '2026-11', 'agent', AT_A),
  values(TABLE_A, '均值', '2026-11', 'team_average', AT_A),
  values(TABLE_A, '汇总', '2026-11', 'team_total', AT_A),
  values(TABLE_A, '阿波', '2026-11', 'agent', AT_A), // a bare nickname: an agent row without a shop
  values(TABLE_A, '均值', '2026-10', 'team_average', AT_OCT), // a month 阿美 has no record in
  values(TABLE_B, '旗舰店:阿波', '2026-11', 'agent', AT_B),
  values(TABLE_B, '均值', '2026-11', 'team_average', AT_B), // a table 阿美 is not in
  { kind: 'scheme', scheme: presetScheme('presale'), editedAt: AT_A },
  { kind: 'scheme', scheme: presetScheme('aftersale'), editedAt: AT_A },
  profile('旗舰店:阿美'),
  profile('旗舰店:阿波'),
];

const idsOf = (docs: SharedDoc[]) => docs.map(expectedId).sort();

describe('agentShareOf: what an agent’s own database holds', () => {
  const share = agentShareOf(SHOP_DOCS, ['旗舰店:阿美']);

  it('their records, the benchmarks of the same tables and months, the captures those name, every scheme and their profile', () => {
    expect(idsOf(share)).toEqual(
      idsOf([
        capture(TABLE_A, AT_A),
        values(TABLE_A, '旗舰店:阿美', '2026-11', 'agent', AT_A),
        values(TABLE_A, '均值', '2026-11', 'team_average', AT_A),
        values(TABLE_A, '汇总', '2026-11', 'team_total', AT_A),
        { kind: 'scheme', scheme: presetScheme('presale'), editedAt: AT_A },
        { kind: 'scheme', scheme: presetScheme('aftersale'), editedAt: AT_A },
        profile('旗舰店:阿美'),
      ]),
    );
  });

  it('never another agent’s record or profile, a bare nickname’s row, or a benchmark of a table or month the agent is not in', () => {
    const labels = share.flatMap((d) => (d.kind === 'values' ? [`${d.sourceKey} ${d.label} ${d.month}`] : d.kind === 'profile' ? [d.profile.key] : []));
    expect(labels.sort()).toEqual([`${TABLE_A} 均值 2026-11`, `${TABLE_A} 旗舰店:阿美 2026-11`, `${TABLE_A} 汇总 2026-11`, '旗舰店:阿美'].sort());
  });

  it('keeps the capture’s warnings of the agent’s and the benchmarks’ rows only', () => {
    const c = share.find((d): d is CaptureDoc => d.kind === 'capture')!;
    expect(c.capture.warnings.map((w) => w.row)).toEqual(['旗舰店:阿美', '均值']);
    expect(c.capture.agentCount).toBe(3);
  });

  it('takes the texts a profile lists as aliases of the agent', () => {
    const withAlias = agentShareOf([...SHOP_DOCS.filter((d) => !(d.kind === 'profile' && d.profile.key === '旗舰店:阿波')), profile('旗舰店:阿波', ['阿波'])], ['旗舰店:阿波']);
    const labels = withAlias.flatMap((d) => (d.kind === 'values' ? [`${d.sourceKey} ${d.label} ${d.month}`] : []));
    expect(labels.sort()).toEqual([`${TABLE_A} 均值 2026-11`, `${TABLE_A} 旗舰店:阿波 2026-11`, `${TABLE_A} 汇总 2026-11`, `${TABLE_A} 阿波 2026-11`, `${TABLE_B} 均值 2026-11`, `${TABLE_B} 旗舰店:阿波 2026-11`].sort());
  });

  it('an agent without records gets the schemes and the profile only', () => {
    expect(idsOf(agentShareOf(SHOP_DOCS, ['旗舰店:新人']))).toEqual(['scheme:aftersale', 'scheme:presale']);
  });
});
