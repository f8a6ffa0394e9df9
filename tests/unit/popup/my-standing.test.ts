import { describe, expect, test } from 'vitest';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { writeCapture } from '../../../lib/db/write-capture';
import { latestPeriodOf, loadMyStanding, valuesInPeriod } from '../../../lib/standing/my-standing';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';

const fresh = freshDatabasesPerTest();
const METRICS = ['reply_rate', 'first_response_time', 'avg_response_time', 'inquiry_conversion_rate'];

function day(date: string, rows: { label: string; values: Record<string, number | null> }[], over: { tableKey?: string } = {}) {
  return makeCapture({
    metrics: METRICS,
    rows: [...rows.map((r) => ({ ...r, kind: 'agent' as const })), { label: '均值', kind: 'team_average', values: { reply_rate: 97.5, first_response_time: 14, avg_response_time: 26, inquiry_conversion_rate: 47 } }],
    period: { start: date, end: date, guessed: false },
    source: over.tableKey ? { tableKey: over.tableKey } : {},
  });
}

const v = (over: Partial<ValueRecord>): ValueRecord => ({
  id: 'x', sourceKey: 'k', console: 'sycm', periodStart: '2026-11-26', periodEnd: '2026-11-26', periodGuessed: false,
  label: '旗舰店:小美', rowKind: 'agent', metric: 'reply_rate', value: 96.1, captureId: 1, capturedAt: '2026-11-27T01:00:00.000Z', ...over,
});

describe('latestPeriodOf', () => {
  test.each([
    ['the latest day', [v({}), v({ periodStart: '2026-11-25', periodEnd: '2026-11-25' })], { start: '2026-11-26', end: '2026-11-26' }],
    ['a week ending on the latest day loses to the day', [v({}), v({ periodStart: '2026-11-20', periodEnd: '2026-11-26' })], { start: '2026-11-26', end: '2026-11-26' }],
    ['a week ending after the latest day wins', [v({ periodStart: '2026-11-01', periodEnd: '2026-11-01' }), v({ periodStart: '2026-11-20', periodEnd: '2026-11-26' })], { start: '2026-11-20', end: '2026-11-26' }],
    ['only ranges: the one ending last, the shorter on a tie', [v({ periodStart: '2026-11-01', periodEnd: '2026-11-30' }), v({ periodStart: '2026-11-24', periodEnd: '2026-11-30' }), v({ periodStart: '2026-11-13', periodEnd: '2026-11-19' })], { start: '2026-11-24', end: '2026-11-30' }],
    ['nothing', [], null],
  ])('%s', (_name, history, expected) => {
    expect(latestPeriodOf(history)).toEqual(expected);
  });
});

describe('valuesInPeriod', () => {
  test('over my texts (an alias too): a number beats a missing value, then the later capture', () => {
    const history = [
      v({ metric: 'reply_rate', value: null, label: '旗舰店:小美', capturedAt: '2026-11-27T09:00:00.000Z' }),
      v({ metric: 'reply_rate', value: 96.1, label: '旗舰店:小美美', capturedAt: '2026-11-27T01:00:00.000Z' }),
      v({ metric: 'avg_response_time', value: 28, capturedAt: '2026-11-27T01:00:00.000Z' }),
      v({ metric: 'avg_response_time', value: 25.3, label: '旗舰店:小美美', capturedAt: '2026-11-27T02:00:00.000Z' }),
      v({ metric: 'first_response_time', value: 12, label: '旗舰店:阿强' }),
      v({ metric: 'inquiry_conversion_rate', value: 40, periodStart: '2026-11-25', periodEnd: '2026-11-25' }),
    ];
    expect(valuesInPeriod(history, ['旗舰店:小美', '旗舰店:小美美'], { start: '2026-11-26', end: '2026-11-26' })).toEqual(
      new Map([
        ['reply_rate', 96.1],
        ['avg_response_time', 25.3],
      ]),
    );
  });
});

describe('loadMyStanding', () => {
  test('nobody marked "me": null', async () => {
    const db = fresh();
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: false, role: 'presale' });
    expect(await loadMyStanding(db)).toBeNull();
  });

  test('"me" with values on two days: the latest day, judged by the presale preset', async () => {
    const db = fresh();
    await writeCapture(db, day('2026-11-25', [{ label: '旗舰店:小美', values: { reply_rate: 99, first_response_time: 10, avg_response_time: 20, inquiry_conversion_rate: 55 } }]), new Date('2026-11-26T01:00:00Z'));
    await writeCapture(
      db,
      day('2026-11-26', [
        { label: '旗舰店:小美', values: { reply_rate: 96.1, first_response_time: 22, avg_response_time: 25.3, inquiry_conversion_rate: 45.67 } },
        { label: '旗舰店:阿强', values: { reply_rate: 99.5, first_response_time: 8, avg_response_time: 12, inquiry_conversion_rate: 58 } },
      ]),
      new Date('2026-11-27T01:00:00Z'),
    );
    await saveProfile(db, { key: '旗舰店:小美', displayName: '小美', aliases: [], isMe: true });
    const mine = await loadMyStanding(db);
    expect(mine?.agent).toMatchObject({ key: '旗舰店:小美', name: '小美', isMe: true });
    expect(mine?.period).toEqual({ start: '2026-11-26', end: '2026-11-26' });
    // No role in the profile: 询单转化率 (a presale metric) makes it presale.
    expect(mine?.role).toBe('presale');
    expect(mine?.roleGuessed).toBe(true);
    const s = mine!.standing!;
    expect(s.score).toBeCloseTo(56.15, 1);
    expect(s.grade).toBeNull();
    expect([s.basicPassed, s.basicTotal]).toEqual([1, 3]);
    expect(s.weakest?.metric).toBe('inquiry_conversion_rate');
    expect(s.gaps.find((g) => g.metric === 'reply_rate')?.gap).toBeCloseTo(-1.9, 6);
  });

  test('the manager\'s scheme version in force on the day judges it', async () => {
    const db = fresh();
    const scheme = presetScheme('presale');
    const stricter = structuredClone(scheme.versions[0]!);
    stricter.effectiveFrom = '2026-11-26';
    stricter.metrics = stricter.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 99.5 } : m));
    expect(await saveScheme(db, { ...scheme, versions: [scheme.versions[0]!, stricter] })).toEqual({ ok: true });
    await writeCapture(db, day('2026-11-26', [{ label: '旗舰店:小美', values: { reply_rate: 99, first_response_time: 10, avg_response_time: 20, inquiry_conversion_rate: 55 } }]), new Date('2026-11-27T01:00:00Z'));
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: true, role: 'presale' });
    const gap = (await loadMyStanding(db))!.standing!.gaps.find((g) => g.metric === 'reply_rate')!;
    expect(gap.target).toBe(99.5);
    expect(gap.passed).toBe(false);
  });

  test('"me" set up before any capture: no period, no standing', async () => {
    const db = fresh();
    await saveProfile(db, { key: '旗舰店:新人', aliases: [], isMe: true, role: 'aftersale' });
    expect(await loadMyStanding(db)).toMatchObject({ period: null, standing: null, role: 'aftersale', roleGuessed: false });
  });

  test('my latest day is older than the team\'s recent window: still found', async () => {
    const db = fresh();
    await writeCapture(db, day('2026-08-01', [{ label: '旗舰店:小美', values: { reply_rate: 97, first_response_time: 10, avg_response_time: 20, inquiry_conversion_rate: 55 } }]), new Date('2026-08-02T01:00:00Z'));
    await writeCapture(db, day('2026-11-26', [{ label: '旗舰店:阿强', values: { reply_rate: 99, first_response_time: 10, avg_response_time: 20, inquiry_conversion_rate: 55 } }]), new Date('2026-11-27T01:00:00Z'));
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: true, role: 'presale' });
    expect((await loadMyStanding(db))?.period).toEqual({ start: '2026-08-01', end: '2026-08-01' });
  });
});
