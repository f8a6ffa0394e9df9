import { enWords } from '../support/words';
import { describe, expect, it } from 'vitest';
import { snapshotId, sourceKey, valueId } from '../../../lib/model/keys';
import { correctPeriod, latestValues, wipeAll } from '../../../lib/db/queries';
import { writeCapture } from '../../../lib/db/write-capture';
import { freshDatabasesPerTest, makeCapture } from './make-capture';
import { storedValues, storedValue } from './stored-values';

const db = freshDatabasesPerTest();

const T1 = new Date('2026-11-21T01:00:00.000Z');
const T2 = new Date('2026-11-21T02:00:00.000Z');
const QIANNU = { console: 'qianniu' as const, pageUrl: 'https://myseller.taobao.com/home', frameUrl: 'https://myseller.taobao.com/kf', tableKey: 'https://myseller.taobao.com/kf|reply_rate' };

function oneValue(label: string, value: number | null) {
  return { metrics: ['reply_rate'], rows: [{ label, kind: 'agent' as const, values: { reply_rate: value } }] };
}

describe('latestValues', () => {
  it('keeps one row per period, label and metric: the latest capture across sources', async () => {
    const d = db();
    await writeCapture(d, makeCapture(oneValue('旗舰店:小美', 96.1)), T2); // sycm, later
    await writeCapture(d, makeCapture({ ...oneValue('旗舰店:小美', 95), source: QIANNU }), T1); // qianniu, earlier
    await writeCapture(d, makeCapture({ ...oneValue('旗舰店:小美', 90), period: { start: '2026-11-21', end: '2026-11-21' } }), T1);

    const rows = await latestValues(d);
    expect(rows.map((r) => [r.periodStart, r.label, r.metric, r.value, r.console]).sort()).toEqual([
      ['2026-11-20', '旗舰店:小美', 'reply_rate', 96.1, 'sycm'],
      ['2026-11-21', '旗舰店:小美', 'reply_rate', 90, 'sycm'],
    ]);
  });

  it('breaks a tie of capture times by the larger capture id', async () => {
    const d = db();
    await writeCapture(d, makeCapture(oneValue('旗舰店:小美', 96.1)), T1);
    await writeCapture(d, makeCapture({ ...oneValue('旗舰店:小美', 95), source: QIANNU }), T1);
    const [row] = await latestValues(d);
    expect(row).toMatchObject({ value: 95, captureId: 2, console: 'qianniu' });
  });

  it('returns a missing latest value as null, not an older number', async () => {
    const d = db();
    await writeCapture(d, makeCapture(oneValue('旗舰店:小美', 96.1)), T1);
    await writeCapture(d, makeCapture({ ...oneValue('旗舰店:小美', null), source: QIANNU }), T2);
    expect((await latestValues(d)).map((r) => r.value)).toEqual([null]);
  });
});

describe('wipeAll', () => {
  it('empties every table', async () => {
    const d = db();
    await writeCapture(d, makeCapture(), T1);
    await d.sites.put({ pattern: 'https://radar.example.com/*', addedAt: T1.toISOString() });
    await d.agents.put({ key: '旗舰店:小美', aliases: [], isMe: true });
    await d.prefs.put({ key: 'overlay', value: { hiddenHosts: ['sycm.taobao.com'], position: null, expanded: false } });
    await wipeAll(d);
    expect(d.tables.length).toBe(7);
    for (const table of d.tables) expect(await table.count(), table.name).toBe(0);
  });
});

describe('correctPeriod', () => {
  const guessed = { start: '2026-11-20', end: '2026-11-20', guessed: true, evidence: '' };
  const key = sourceKey(makeCapture().source);

  it('moves a guessed capture to the corrected period, in values, snapshot and log', async () => {
    const d = db();
    const { captureId } = await writeCapture(d, makeCapture({ period: guessed }), T1);
    const result = await correctPeriod(d, captureId, { start: '2026-11-14', end: '2026-11-20' });
    expect(result).toEqual({ ok: true, valuesMoved: 9 });

    const values = await storedValues(d);
    expect(values).toHaveLength(9);
    expect(values.every((v) => v.periodStart === '2026-11-14' && v.periodEnd === '2026-11-20' && !v.periodGuessed)).toBe(true);
    expect(values.every((v) => v.id === valueId(key, '2026-11-14', '2026-11-20', v.label, v.metric))).toBe(true);
    expect(await storedValue(d, valueId(key, '2026-11-14', '2026-11-20', '旗舰店:小美', 'reply_rate'))).toMatchObject({ value: 96.1 });

    const snapshots = await d.snapshots.toArray();
    expect(snapshots.map((s) => s.id)).toEqual([snapshotId(key, '2026-11-14', '2026-11-20')]);
    expect(snapshots[0]).toMatchObject({ captureIds: [captureId], labels: ['均值', '旗舰店:小美', '旗舰店:阿强'].sort() });

    expect(await d.captures.get(captureId)).toMatchObject({
      period: { start: '2026-11-14', end: '2026-11-20', guessed: false },
      correctedFrom: { start: '2026-11-20', end: '2026-11-20' },
    });
  });

  it('replaces values already stored under the target period, and keeps the rest of the old snapshot', async () => {
    const d = db();
    // Page 1 read with its period; page 2 of the same table read without one (guessed as yesterday).
    await writeCapture(d, makeCapture({ ...oneValue('旗舰店:小美', 80), period: { start: '2026-11-19', end: '2026-11-19' } }), T1);
    await writeCapture(d, makeCapture({ ...oneValue('旗舰店:阿强', 70), period: guessed }), T1);
    const { captureId } = await writeCapture(d, makeCapture({ ...oneValue('旗舰店:小美', 96.1), period: guessed }), T2);
    // Snapshot of 11-20 now has 阿强 (capture 2) and 小美 (capture 3).

    expect(await correctPeriod(d, captureId, { start: '2026-11-19', end: '2026-11-19' })).toEqual({ ok: true, valuesMoved: 1 });
    expect((await storedValues(d)).map((v) => [v.periodStart, v.label, v.value, v.captureId]).sort()).toEqual([
      ['2026-11-19', '旗舰店:小美', 96.1, 3],
      ['2026-11-20', '旗舰店:阿强', 70, 2],
    ]);
    const old = await d.snapshots.get(snapshotId(key, '2026-11-20', '2026-11-20'));
    expect(old).toMatchObject({ labels: ['旗舰店:阿强'], captureIds: [2], firstCapturedAt: T1.toISOString(), lastCapturedAt: T1.toISOString() });
    const target = await d.snapshots.get(snapshotId(key, '2026-11-19', '2026-11-19'));
    expect(target).toMatchObject({ labels: ['旗舰店:小美'], captureIds: [1, 3], lastCapturedAt: T2.toISOString() });
  });

  it('leaves values that a later capture has replaced', async () => {
    const d = db();
    const first = await writeCapture(d, makeCapture({ period: guessed }), T1);
    await writeCapture(d, makeCapture({ period: { ...guessed, guessed: false } }), T2);
    expect(await correctPeriod(d, first.captureId, { start: '2026-11-13', end: '2026-11-13' })).toEqual({ ok: true, valuesMoved: 0 });
    expect((await storedValues(d)).every((v) => v.periodStart === '2026-11-20' && v.captureId === 2)).toBe(true);
    expect((await d.snapshots.toArray()).map((s) => [s.periodStart, s.captureIds])).toEqual([['2026-11-20', [2]]]);
  });

  it('refuses unknown captures, periods that were read from the page, and bad periods, changing nothing', async () => {
    const d = db();
    const { captureId } = await writeCapture(d, makeCapture(), T1);
    const before = await storedValues(d);
    expect(await correctPeriod(d, 99, { start: '2026-11-19', end: '2026-11-19' })).toMatchObject({ ok: false, reason: 'not_found' });
    expect(await correctPeriod(d, captureId, { start: '2026-11-19', end: '2026-11-19' })).toMatchObject({ ok: false, reason: 'not_guessed' });
    const invalid = await correctPeriod(d, captureId, { start: '2026-11-21', end: '2026-11-19' });
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid_period' });
    expect(invalid.ok ? null : enWords(invalid.message)).toBe('start 2026-11-21 is after end 2026-11-19');
    expect(await correctPeriod(d, captureId, { start: '2026-02-30', end: '2026-03-01' })).toMatchObject({ ok: false, reason: 'invalid_period' });
    expect(await storedValues(d)).toEqual(before);
  });
});
