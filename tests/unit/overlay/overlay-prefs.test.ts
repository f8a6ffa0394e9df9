import { describe, expect, test } from 'vitest';
import { readPref } from '../../../lib/db/prefs';
import { hideHost, isHostHidden, normalizeHost, saveExpanded, savePosition, showHost } from '../../../lib/overlay/overlay-prefs';
import { freshDatabasesPerTest } from '../db/make-capture';

const fresh = freshDatabasesPerTest();

describe('overlay prefs', () => {
  test('hide and show a host; each change keeps the other fields', async () => {
    const db = fresh();
    await savePosition(db, { x: 880.4, y: 612.6 });
    await saveExpanded(db, true);
    await hideHost(db, 'sycm.taobao.com');
    await hideHost(db, 'SYCM.taobao.com.'); // the same host: stored once
    await hideHost(db, 'kf.topchitu.com');
    expect(await readPref(db, 'overlay')).toEqual({ hiddenHosts: ['sycm.taobao.com', 'kf.topchitu.com'], position: { x: 880, y: 613 }, expanded: true });
    await showHost(db, 'sycm.taobao.com');
    const prefs = await readPref(db, 'overlay');
    expect(prefs.hiddenHosts).toEqual(['kf.topchitu.com']);
    expect(isHostHidden(prefs, 'KF.topchitu.com')).toBe(true);
    expect(isHostHidden(prefs, 'sycm.taobao.com')).toBe(false);
  });

  test('writes from several pages at once lose nothing (one transaction each)', async () => {
    const db = fresh();
    const hosts = ['sycm.taobao.com', 'myseller.taobao.com', 'kf.topchitu.com', 'mms.pinduoduo.com', 'kf.jd.com'];
    await Promise.all([...hosts.map((h) => hideHost(db, h)), savePosition(db, { x: 10, y: 20 }), saveExpanded(db, true)]);
    const prefs = await readPref(db, 'overlay');
    expect([...prefs.hiddenHosts].sort()).toEqual([...hosts].sort());
    expect(prefs.position).toEqual({ x: 10, y: 20 });
    expect(prefs.expanded).toBe(true);
  });

  test('position null returns to the default corner', async () => {
    const db = fresh();
    await savePosition(db, { x: 1, y: 2 });
    await savePosition(db, null);
    expect((await readPref(db, 'overlay')).position).toBeNull();
  });

  test.each([
    [' Sycm.Taobao.com ', 'sycm.taobao.com'],
    ['kf.jd.com.', 'kf.jd.com'],
  ])('normalizeHost(%j) = %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });
});
