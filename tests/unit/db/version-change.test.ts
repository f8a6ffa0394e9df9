import { afterEach, describe, expect, it } from 'vitest';
import { closeForUpgrade } from '../../../lib/db/version-change';
import { CURRENT_SCHEMA_VERSION } from '../../../lib/db/schema-versions';
import { freshDatabase } from './make-capture';
import type { KefuDatabase } from '../../../lib/db/database';

let db: KefuDatabase;
afterEach(async () => {
  await db?.delete();
});

/** What a new version of the extension does: opens the database at a higher version and adds a store. */
function upgradeElsewhere(name: string): Promise<{ blocked: boolean; stores: string[] }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = indexedDB.open(name, (CURRENT_SCHEMA_VERSION + 1) * 10);
    request.onupgradeneeded = () => request.result.createObjectStore('nextVersionStore');
    request.onblocked = () => (blocked = true);
    request.onsuccess = () => {
      const stores = [...request.result.objectStoreNames];
      request.result.close();
      resolve({ blocked, stores });
    };
    request.onerror = () => reject(request.error);
  });
}

describe('closeForUpgrade', () => {
  it('an open page does not block the upgrade, is told once, and stays closed instead of reopening at its old version', async () => {
    db = freshDatabase();
    await db.captures.count(); // open, as a page showing data is
    let told = 0;
    closeForUpgrade(db, () => told++);
    const upgrade = await upgradeElsewhere(db.name);
    expect(upgrade.blocked).toBe(false);
    expect(upgrade.stores).toContain('nextVersionStore');
    expect(told).toBe(1);
    expect(db.isOpen()).toBe(false);
    await expect(db.captures.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('after unsubscribing, Dexie\'s default applies again (closes, reopens on the next read)', async () => {
    db = freshDatabase();
    await db.captures.count();
    let told = 0;
    const stop = closeForUpgrade(db, () => told++);
    stop();
    await upgradeElsewhere(db.name);
    expect(told).toBe(0);
  });
});
