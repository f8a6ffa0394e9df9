import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { KefuDatabase } from '../../../lib/db/database';
import { snapshotId, sourceKey, valueId } from '../../../lib/model/keys';
import { valueRecordsOf, writeCapture } from '../../../lib/db/write-capture';
import { captureRecordSchema } from '../../../lib/model/schemas/records';
import { freshDatabase, makeCapture } from './make-capture';
import { putStoredValues, storedValues, storedValue } from './stored-values';

const AT = new Date('2026-11-21T01:02:03.000Z');
const LATER = new Date('2026-11-21T09:00:00.000Z');
const opened: KefuDatabase[] = [];

function db(): KefuDatabase {
  const d = freshDatabase();
  opened.push(d);
  return d;
}

afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete();
  }
});

describe('valueRecordsOf', () => {
  it('makes one record per row and metric, missing as null (an absent key too), never 0', () => {
    const capture = makeCapture();
    delete capture.rows[2]!.values.avg_response_time;
    const records = valueRecordsOf(capture, 7, AT);
    expect(records).toHaveLength(9);
    const key = sourceKey(capture.source);
    expect(records[0]).toEqual({
      id: valueId(key, '2026-11-20', '2026-11-20', '旗舰店:小美', 'reply_rate'),
      sourceKey: key,
      console: 'sycm',
      periodStart: '2026-11-20',
      periodEnd: '2026-11-20',
      periodGuessed: false,
      label: '旗舰店:小美',
      rowKind: 'agent',
      metric: 'reply_rate',
      value: 96.1,
      captureId: 7,
      capturedAt: '2026-11-21T01:02:03.000Z',
    });
    const byId = new Map(records.map((r) => [`${r.label}/${r.metric}`, r.value]));
    expect(byId.get('旗舰店:阿强/avg_response_time')).toBeNull();
    expect(byId.get('均值/avg_response_time')).toBeNull();
  });

  it('builds the source key from console and table key', () => {
    expect(sourceKey({ console: 'jd', tableKey: 'https://kf.jd.com/x|reply_rate' })).toBe('jd|https://kf.jd.com/x|reply_rate');
  });
});

describe('writeCapture', () => {
  it('stores the log entry, every value and the snapshot', async () => {
    const d = db();
    const capture = makeCapture({
      warnings: [{ row: '旗舰店:阿强', metric: 'avg_response_time', text: '延迟统计', reason: 'missing marker' }],
      leftOut: [
        { header: '序号', reason: 'not_a_metric' },
        { header: '延询单人数', reason: 'unrecognised' },
        { header: '平均响应时长', reason: 'duplicate_metric', metricId: 'avg_response_time', keptHeader: '平均响应(秒)' },
      ],
    });
    const result = await writeCapture(d, capture, AT);
    // The reply carries the snapshot as stored, so the caller need not read it back.
    expect(result).toEqual({ captureId: 1, valuesWritten: 9, snapshot: (await d.snapshots.toArray())[0] });
    expect(result.snapshot.labels).toEqual(['旗舰店:小美', '旗舰店:阿强', '均值'].sort());

    expect(await storedValues(d)).toEqual(expect.arrayContaining(valueRecordsOf(capture, 1, AT)));
    expect((await storedValues(d)).length).toBe(9);
    expect(await d.captures.toArray()).toEqual([
      {
        id: 1,
        origin: 'capture',
        capturedAt: AT.toISOString(),
        source: capture.source,
        sourceKey: sourceKey(capture.source),
        period: capture.period,
        metrics: capture.metrics,
        headerTexts: {},
        agentCount: 2,
        benchmarkCount: 1,
        valueCount: 9,
        warnings: capture.warnings,
        leftOut: capture.leftOut,
      },
    ]);
    expect(captureRecordSchema.safeParse((await d.captures.toArray())[0]).success).toBe(true);
    expect(await d.snapshots.toArray()).toEqual([
      {
        id: snapshotId(sourceKey(capture.source), '2026-11-20', '2026-11-20'),
        sourceKey: sourceKey(capture.source),
        console: 'sycm',
        periodStart: '2026-11-20',
        periodEnd: '2026-11-20',
        labels: ['均值', '旗舰店:小美', '旗舰店:阿强'].sort(),
        captureIds: [1],
        firstCapturedAt: AT.toISOString(),
        lastCapturedAt: AT.toISOString(),
      },
    ]);
  });

  it('keeps benchmark rows with their kind and missing values as null', async () => {
    const d = db();
    await writeCapture(d, makeCapture(), AT);
    const average = (await storedValues(d)).filter((v) => v.label === '均值');
    expect(average.map((v) => [v.metric, v.rowKind, v.value]).sort()).toEqual([
      ['avg_response_time', 'team_average', 25.3],
      ['inquiry_conversion_rate', 'team_average', 41.9],
      ['reply_rate', 'team_average', 97.55],
    ]);
    const missing = await storedValue(d, valueId(sourceKey(makeCapture().source), '2026-11-20', '2026-11-20', '旗舰店:阿强', 'avg_response_time'));
    expect(missing?.value).toBeNull();
  });

  it('replaces the value on re-capture (re-sort, re-render): same key, new value, two log entries', async () => {
    const d = db();
    await writeCapture(d, makeCapture(), AT);
    const again = makeCapture();
    again.rows.reverse(); // the table was sorted the other way
    again.rows.find((r) => r.label === '旗舰店:小美')!.values.reply_rate = 97.3;
    const second = await writeCapture(d, again, LATER);

    expect(second.captureId).toBe(2);
    expect((await storedValues(d)).length).toBe(9);
    const v = await storedValue(d, valueId(sourceKey(again.source), '2026-11-20', '2026-11-20', '旗舰店:小美', 'reply_rate'));
    expect(v).toMatchObject({ value: 97.3, captureId: 2, capturedAt: LATER.toISOString() });
    expect((await d.captures.toArray()).map((c) => c.id)).toEqual([1, 2]);
    const [snapshot] = await d.snapshots.toArray();
    expect(snapshot).toMatchObject({ captureIds: [1, 2], firstCapturedAt: AT.toISOString(), lastCapturedAt: LATER.toISOString() });
    expect(snapshot!.labels).toHaveLength(3);
  });

  it('merges pages of one table and period into one snapshot', async () => {
    const d = db();
    const page1 = makeCapture({
      metrics: ['reply_rate'],
      rows: [
        { label: '旗舰店:小美', kind: 'agent', values: { reply_rate: 96.1 } },
        { label: '旗舰店:阿强', kind: 'agent', values: { reply_rate: 99 } },
      ],
    });
    const page2 = makeCapture({
      metrics: ['reply_rate'],
      rows: [
        { label: '旗舰店:小丽', kind: 'agent', values: { reply_rate: 92.4 } },
        { label: '汇总', kind: 'team_total', values: { reply_rate: 95.8 } },
      ],
    });
    await writeCapture(d, page1, AT);
    await writeCapture(d, page2, LATER);
    const snapshots = await d.snapshots.toArray();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({
      labels: ['旗舰店:小丽', '旗舰店:小美', '旗舰店:阿强', '汇总'].sort(),
      captureIds: [1, 2],
      firstCapturedAt: AT.toISOString(),
      lastCapturedAt: LATER.toISOString(),
    });
    expect((await storedValues(d)).length).toBe(4);

    // Another period of the same table is another snapshot.
    await writeCapture(d, makeCapture({ period: { start: '2026-11-21', end: '2026-11-21' } }), LATER);
    expect(await d.snapshots.count()).toBe(2);
  });

  it('another metric set of the same table, agents and period joins it (千牛 shows 6 metrics at a time)', async () => {
    const d = db();
    const frame = 'https://sycm.taobao.com/qos/service/frame/performance/detail/new';
    const first = makeCapture({ source: { console: 'qianniu', tableKey: `${frame}|m3-aaaaaaaa` } });
    const rows = first.rows.map((r, i) => ({ ...r, values: { consult_count: 100 + i, sales_amount: 1234.5 + i } }));
    const second = makeCapture({ source: { console: 'qianniu', tableKey: `${frame}|m2-bbbbbbbb` }, metrics: ['consult_count', 'sales_amount'], rows });
    await writeCapture(d, first, AT);
    const result = await writeCapture(d, second, LATER);
    const snapshots = await d.snapshots.toArray();
    expect(snapshots.map((s) => s.sourceKey)).toEqual([`qianniu|${frame}|m3-aaaaaaaa`]);
    expect(result.snapshot.captureIds).toEqual([1, 2]);
    const values = await storedValues(d);
    expect(new Set(values.map((v) => v.sourceKey))).toEqual(new Set([`qianniu|${frame}|m3-aaaaaaaa`]));
    expect(values).toHaveLength(3 * 3 + 3 * 2);
    expect(values.find((v) => v.label === '旗舰店:阿强' && v.metric === 'consult_count')?.value).toBe(101);
    expect(values.find((v) => v.label === '旗舰店:阿强' && v.metric === 'reply_rate')?.value).toBe(99);
    // The log says which table the second set was filed under.
    expect((await d.captures.get(2))?.source.tableKey).toBe(`${frame}|m3-aaaaaaaa`);
  });

  it('refuses an invalid date before touching the database', async () => {
    const d = db();
    await expect(writeCapture(d, makeCapture(), new Date(Number.NaN))).rejects.toThrow(RangeError);
    expect(await d.captures.count()).toBe(0);
  });
});

describe('writeCapture is idempotent', () => {
  /** Everything a capture writes, as stored. */
  async function storedState(d: KefuDatabase) {
    return { values: await storedValues(d), captures: await d.captures.toArray(), snapshots: await d.snapshots.toArray() };
  }

  it('the same capture written twice (a resend after the worker stopped before answering) leaves the state of one write', async () => {
    const d = db();
    const first = await writeCapture(d, makeCapture(), AT);
    const once = await storedState(d);
    const again = await writeCapture(d, makeCapture(), LATER);
    expect(await storedState(d)).toEqual(once);
    expect(once.captures).toHaveLength(1);
    expect(once.values).toHaveLength(9);
    // Answered like the write it repeats: the pill says the same.
    expect(again).toEqual({ captureId: first.captureId, valuesWritten: 0, snapshot: first.snapshot });
  });

  it('rows in another order are the same capture (a re-sort is no change)', async () => {
    const d = db();
    await writeCapture(d, makeCapture(), AT);
    const sorted = makeCapture();
    sorted.rows.reverse();
    await writeCapture(d, sorted, LATER);
    expect(await d.captures.count()).toBe(1);
  });

  it('two tabs sending the same table at the same moment store it once', async () => {
    const d = db();
    const [a, b] = await Promise.all([writeCapture(d, makeCapture(), AT), writeCapture(d, makeCapture(), AT)]);
    expect(b.captureId).toBe(a.captureId);
    expect(await d.captures.count()).toBe(1);
    expect(await d.snapshots.count()).toBe(1);
    expect((await storedValues(d)).map((v) => v.captureId)).toEqual(Array(9).fill(a.captureId));
  });

  it('a capture that goes back to earlier numbers is written: only a repeat of the newest capture is skipped', async () => {
    const d = db();
    await writeCapture(d, makeCapture(), AT);
    const changed = makeCapture();
    changed.rows[0]!.values.reply_rate = 50;
    await writeCapture(d, changed, LATER);
    await writeCapture(d, makeCapture(), LATER);
    expect(await d.captures.count()).toBe(3);
    const v = await storedValue(d, valueId(sourceKey(changed.source), '2026-11-20', '2026-11-20', '旗舰店:小美', 'reply_rate'));
    expect(v).toMatchObject({ value: 96.1, captureId: 3 });
  });

  it('a repeat whose values were replaced since (by an import) is written again', async () => {
    const d = db();
    const { captureId } = await writeCapture(d, makeCapture(), AT);
    const [first] = valueRecordsOf(makeCapture(), captureId, AT);
    await putStoredValues(d, [{ ...first!, value: 1, captureId: 99 }]);
    await writeCapture(d, makeCapture(), LATER);
    expect(await d.captures.count()).toBe(2);
    expect(await storedValue(d, first!.id)).toMatchObject({ value: 96.1, captureId: 2 });
  });

  it('the same numbers with another period guess, fewer rows or other metrics are new captures', async () => {
    const d = db();
    await writeCapture(d, makeCapture(), AT);
    await writeCapture(d, makeCapture({ period: { guessed: true } }), AT);
    expect(await d.captures.count()).toBe(2);
    const fewer = makeCapture();
    fewer.rows.pop();
    await writeCapture(d, makeCapture(), AT);
    await writeCapture(d, fewer, AT);
    expect(await d.captures.count()).toBe(4);
    await writeCapture(d, makeCapture({ metrics: ['reply_rate', 'avg_response_time'] }), AT);
    expect(await d.captures.count()).toBe(5);
  });
});

describe('writeCapture is all or nothing', () => {
  /** A database whose snapshot writes fail, as a full disk or a quota error would, after the values went in. */
  function failingDatabase(): KefuDatabase {
    const d = db();
    d.use({
      stack: 'dbcore',
      name: 'fail-snapshot-writes',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'snapshots') return table;
          return { ...table, mutate: () => Promise.reject(new DOMException('quota exceeded', 'QuotaExceededError')) };
        },
      }),
    });
    return d;
  }

  it('writes nothing when the last write of the transaction fails', async () => {
    const d = failingDatabase();
    await expect(writeCapture(d, makeCapture(), AT)).rejects.toThrow(/quota exceeded/);
    expect((await storedValues(d)).length).toBe(0);
    expect(await d.captures.count()).toBe(0);
    expect(await d.snapshots.count()).toBe(0);
  });

  it('keeps the earlier value when a failing re-capture would replace it', async () => {
    const name = `atomic-${Math.random()}`;
    const good = new KefuDatabase(name);
    await writeCapture(good, makeCapture(), AT);
    const before = await storedValues(good);
    good.close();

    const bad = new KefuDatabase(name);
    opened.push(bad);
    bad.use({
      stack: 'dbcore',
      name: 'fail-snapshot-writes',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (t) => (t === 'snapshots' ? { ...down.table(t), mutate: () => Promise.reject(new Error('disk full')) } : down.table(t)),
      }),
    });
    const changed = makeCapture();
    changed.rows[0]!.values.reply_rate = 12.5;
    await expect(writeCapture(bad, changed, LATER)).rejects.toThrow('disk full');
    expect(await storedValues(bad)).toEqual(before);
    expect(await bad.captures.count()).toBe(1);
  });
});
