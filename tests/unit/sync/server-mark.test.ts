import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerMark, seqCount, serverStartedOver, SETUP_DESIGN_ID } from '../../../lib/sync/server-mark';
import { readBridgeState, writeBridgeState } from '../../../lib/sync/bridge-state';
import { shopDatabaseName } from '../../../lib/sync/shop-database';
import { startSyncServer, type SyncServer } from '../../support/sync-server';
import { memoryMirror } from './memory-pouch';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../../scripts/sync-setup.mjs';

describe('seqCount', () => {
  it('reads the count of CouchDB 3’s opaque sequences and pouchdb-server’s numbers', () => {
    expect(seqCount(1204)).toBe(1204);
    expect(seqCount('1204-g1AAAAFTeJzLYWBgYMpgTmHgzcvPy09JdcjLz8gvLskBCeexAEmGBiD1HwiyEhlwqEtkSKqHKMgCAIT2GV4')).toBe(1204);
    expect(seqCount('0')).toBe(0);
    expect(seqCount('now')).toBe(0);
  });
});

describe('serverStartedOver', () => {
  const last = { incarnation: 'a1', seq: 40 };
  it('the same database, further on or where it was: no', () => {
    expect(serverStartedOver(last, { incarnation: 'a1', seq: 40 })).toBe(false);
    expect(serverStartedOver(last, { incarnation: 'a1', seq: 41 })).toBe(false);
    expect(serverStartedOver(undefined, { incarnation: 'a1', seq: 3 })).toBe(false);
  });
  it('set up again (a new incarnation, even further on) or gone back (restored from a backup): yes', () => {
    expect(serverStartedOver(last, { incarnation: 'b2', seq: 90 })).toBe(true);
    expect(serverStartedOver(last, { incarnation: null, seq: 90 })).toBe(true);
    expect(serverStartedOver(last, { incarnation: 'a1', seq: 12 })).toBe(true);
  });
});

describe('the mark on a server prepared by sync:setup', () => {
  const SHOP = '旗舰店';
  let server: SyncServer;
  const adminUrl = () => `http://admin:admin-pw@127.0.0.1:${server.port}`;
  beforeAll(async () => {
    server = await startSyncServer({ shops: [SHOP], managers: ['boss:boss-pw'], agents: [] });
  }, 30_000);
  afterAll(async () => server?.stop());

  const design = async (name: string) => {
    const res = await fetch(`${server.url}/${name}/${SETUP_DESIGN_ID}`, { headers: { Authorization: server.adminAuth } });
    return (await res.json()) as { incarnation?: string; _rev: string };
  };

  it('keeps its incarnation when setup runs again, and draws a new one for a database deleted and set up again', async () => {
    const name = shopDatabaseName(SHOP);
    const first = await design(name);
    expect(first.incarnation).toMatch(/^[0-9a-f-]{36}$/);
    await setup({ url: adminUrl(), shops: [SHOP], log: () => {} });
    expect(await design(name)).toEqual(first);
    expect((await fetch(`${server.url}/${name}`, { method: 'DELETE', headers: { Authorization: server.adminAuth } })).status).toBe(200);
    await setup({ url: adminUrl(), shops: [SHOP], managers: ['boss:boss-pw'], log: () => {} });
    const again = await design(name);
    expect(again.incarnation).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.incarnation).not.toBe(first.incarnation);
  });
});

describe('readServerMark and the bridge state', () => {
  it('reads the incarnation and the count; a database without the design document has none', async () => {
    const remote = memoryMirror('remote');
    await remote.put({ _id: 'values:x' });
    expect(await readServerMark(remote)).toEqual({ incarnation: null, seq: 1 });
    await remote.put({ _id: SETUP_DESIGN_ID, validate_doc_update: 'function () {}', incarnation: 'c3' });
    expect(await readServerMark(remote)).toEqual({ incarnation: 'c3', seq: 2 });
  });

  it('is kept in the mirror’s bridge state; a mark of another shape is dropped', async () => {
    const mirror = memoryMirror();
    await writeBridgeState(mirror, { appliedSeq: 3, unpushed: [], refused: [], server: { incarnation: 'c3', seq: 2 } });
    expect((await readBridgeState(mirror)).server).toEqual({ incarnation: 'c3', seq: 2 });
    const stored = await mirror.get('_local/kefu-bridge');
    await mirror.put({ ...stored, server: { incarnation: 7, seq: 'x' } });
    expect((await readBridgeState(mirror)).server).toBeUndefined();
  });
});
