import { describe, expect, it } from 'vitest';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { writeCapture } from '../../../lib/db/write-capture';
import { applyMirrorToLocal } from '../../../lib/sync/bridge-in';
import { profileToDoc } from '../../../lib/sync/sync-documents';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { badDocuments, LABEL } from './bad-documents';
import { memoryMirror } from './memory-pouch';
import { localSnapshot } from './local-snapshot';

const newDb = freshDatabasesPerTest();
const apply = (db: ReturnType<typeof newDb>, mirror: ReturnType<typeof memoryMirror>, since: number | string = 0) =>
  applyMirrorToLocal(db, mirror, since, { takeSchemes: true, resolveConflicts: false, batchSize: 3, saveSeq: async () => {} });

describe('applyMirrorToLocal: bad documents', () => {
  it('skips every bad document with its reason, applies the good one beside them, and changes nothing else', async () => {
    const db = newDb();
    await writeCapture(db, makeCapture(), new Date('2026-11-21T02:00:00Z'));
    expect((await saveScheme(db, { ...presetScheme('presale'), name: '本地方案' })).ok).toBe(true);
    const before = await localSnapshot(db);
    const mirror = memoryMirror();
    const bad = badDocuments().filter((b) => !b.change.deleted);
    // Each bad document under its own id (several share one: written one after the other, the last stays).
    for (const b of bad) {
      const { _rev: _r, ...doc } = b.change.doc;
      const existing = await mirror.get(doc._id).catch(() => null);
      await mirror.put({ ...doc, ...(existing?._rev ? { _rev: existing._rev } : {}) });
    }
    const good = profileToDoc({ key: '旗舰店:阿强', displayName: '阿强', aliases: [], isMe: false }, '2026-11-21T02:00:00.000Z');
    await mirror.put({ _id: 'profile:旗舰店:阿强', ...good });

    const result = await apply(db, mirror);
    const skippedIds = new Set(result.skipped.map((s) => s.id));
    const expectedIds = new Set(bad.map((b) => b.change.doc._id));
    expect(skippedIds).toEqual(expectedIds);
    for (const s of result.skipped) expect(s.reason.length).toBeGreaterThan(5);
    expect(result.skipped.find((s) => s.id === '_design/kefu-readonly')?.reason).toMatch(/design document/);
    expect(result.applied).toBe(1);
    const after = await localSnapshot(db);
    expect(after).toEqual({ ...before, profiles: [{ key: '旗舰店:阿强', displayName: '阿强', aliases: [], isMe: false }] });
  });

  it('a deleted document leaves its local record as it was', async () => {
    const db = newDb();
    expect((await saveProfile(db, { key: LABEL, displayName: '小美', aliases: [], isMe: true })).ok).toBe(true);
    const mirror = memoryMirror();
    const put = await mirror.put({ _id: `profile:${LABEL}`, ...profileToDoc({ key: LABEL, displayName: '小美', aliases: [], isMe: false }, '2026-11-21T02:00:00.000Z') });
    let seq: number | string = 0;
    await applyMirrorToLocal(db, mirror, 0, { takeSchemes: true, resolveConflicts: false, batchSize: 10, saveSeq: async (s) => void (seq = s) });
    const before = await localSnapshot(db);
    await mirror.bulkDocs([{ _id: `profile:${LABEL}`, _rev: put.rev!, _deleted: true }]);
    const result = await apply(db, mirror, seq);
    expect(result.skipped).toEqual([{ id: `profile:${LABEL}`, reason: expect.stringMatching(/deleted/) }]);
    expect(result.applied).toBe(0);
    expect(await localSnapshot(db)).toEqual(before);
    expect(before.profiles).toEqual([{ key: LABEL, displayName: '小美', aliases: [], isMe: true }]);
  });
});
