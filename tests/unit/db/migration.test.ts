import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { KefuDatabase } from '../../../lib/db/database';
import { agentHistory, valuesOfPeriod } from '../../../lib/db/insight-queries';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';
import { valueRecordsOf, captureLogOf } from '../../../lib/db/write-capture';
import { snapshotId, sourceKey } from '../../../lib/db/keys';
import { makeCapture } from './make-capture';
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
