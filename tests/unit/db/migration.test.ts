import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KefuDatabase } from '../../../lib/db/database';
import { agentHistory, valuesOfPeriod } from '../../../lib/db/insight-queries';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';
import { valueRecordsOf, captureLogOf } from '../../../lib/db/write-capture';
import { snapshotId, sourceKey } from '../../../lib/model/keys';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { valueRecord } from '../analysis/value-record';
import { addDays, makeCapture } from './make-capture';
import { storedValues } from './stored-values';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** What the first release wrote, record by record, without using today's write code paths. */
function v1Data() {
  const capture = makeCapture();
  const at = new Date('2026-11-21T01:00:00.000Z');
  const key = sourceKey(capture.source);
  return {
    values: valueRecordsOf(capture, 1, at),
    captures: [{ id: 1, ...captureLogOf(capture, at) }],
    snapshots: [
      {
        id: snapshotId(key, '2026-11-20', '2026-11-20'),
        sourceKey: key,
        console: 'sycm',
        periodStart: '2026-11-20',
        periodEnd: '2026-11-20',
        labels: ['均值', '旗舰店:小美', '旗舰店:阿强'],
        captureIds: [1],
        firstCapturedAt: at.toISOString(),
        lastCapturedAt: at.toISOString(),
      },
    ],
    sites: [{ pattern: 'https://radar.example.com/*', addedAt: at.toISOString() }],
  };
}

describe('schema versions', () => {
  it('are numbered upwards from 1 and each lists every store', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
    // Dexie diffs versions: a store missing from a later version would be deleted with its data.
    SCHEMA_VERSIONS.slice(1).forEach((v, i) => {
      expect(Object.keys(v.stores)).toEqual(expect.arrayContaining(Object.keys(SCHEMA_VERSIONS[i]!.stores)));
    });
    expect(Object.keys(SCHEMA_VERSIONS[0]!.stores).sort()).toEqual(['captures', 'sites', 'snapshots', 'values']);
  });

  it('KefuDatabase opens with the indexes the latest version lists', async () => {
    const name = `schema-${Math.random()}`;
    names.push(name);
    const db = new KefuDatabase(name);
    await db.open();
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores;
    for (const table of db.tables) {
      const spec = [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(', ');
      expect(spec).toBe(latest[table.name]);
    }
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });
});

describe('upgrading a version 1 database', () => {
  it('keeps every record when KefuDatabase opens it', async () => {
    const name = `migration-${Math.random()}`;
    names.push(name);
    const data = v1Data();

    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await old.open();
    await old.table('values').bulkAdd(data.values);
    await old.table('captures').bulkAdd(data.captures);
    await old.table('snapshots').bulkAdd(data.snapshots);
    await old.table('sites').bulkAdd(data.sites);
    old.close();

    const db = new KefuDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await storedValues(db)).toEqual([...data.values].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.captures.toArray()).toEqual(data.captures);
    expect(await db.snapshots.toArray()).toEqual(data.snapshots);
    expect(await db.sites.toArray()).toEqual(data.sites);
    // Indexes work on the upgraded data, and the capture counter continues after the old ids.
    expect(await agentHistory(db, ['均值'])).toHaveLength(3);
    expect(await db.schemes.count()).toBe(0);
    expect(await db.agents.count()).toBe(0);
    expect(await valuesOfPeriod(db, '2026-11-20', '2026-11-20')).toHaveLength(9);
    expect(await db.captures.add({ ...data.captures[0]!, id: undefined })).toBe(2);
    db.close();
  });
});

describe('upgrading a version 2 database', () => {
  it('packs every value into month records and gives each back unchanged', async () => {
    const name = `migration-v2-${Math.random()}`;
    names.push(name);
    // Two tables over three months, weeks beside days, CSV-imported values with their own stamps and a
    // guessed period: every field a value record can vary in.
    const values: ValueRecord[] = [];
    const tables = ['sycm|https://sycm.taobao.com/qos/service/frame/team|a', 'chitu|https://chitu.taobao.com/report|b'];
    const labels = ['旗舰店:小美', '旗舰店:阿强', '均值'];
    let captureId = 0;
    for (let d = 0; d < 75; d++) {
      const day = addDays('2026-09-20', d);
      for (const [t, source] of tables.entries()) {
        captureId += 1;
        for (const label of labels) {
          for (const metric of ['reply_rate', 'avg_response_time', 'inquiry_conversion_rate']) {
            const v = valueRecord(label, metric, (d * 7 + t * 3 + metric.length) % 13 === 0 ? null : 90 + ((d + t) % 10), { start: day, source });
            values.push({ ...v, captureId, console: t === 0 ? 'sycm' : 'chitu', periodGuessed: d % 30 === 0, capturedAt: `${addDays(day, 1)}T0${t}:00:00.000Z` });
          }
        }
      }
    }
    values.push({ ...valueRecord('旗舰店:小美', 'reply_rate', 96.4, { start: '2026-11-16', end: '2026-11-22', source: tables[0]! }), captureId: captureId + 1 });

    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_VERSIONS[1]!.stores as Record<string, string>);
    await old.open();
    await old.table('values').bulkAdd(values);
    old.close();

    const db = new KefuDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('values');
    expect(await storedValues(db)).toEqual([...values].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // 2 tables × 3 labels × 4 months (Sep 20 – Dec 3).
    expect(await db.valueMonths.count()).toBe(2 * 3 * 4);
    expect(await agentHistory(db, ['旗舰店:阿强'], '2026-10-01', '2026-10-31')).toHaveLength(31 * 3);
    db.close();
  });
});
