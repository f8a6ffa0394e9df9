import { describe, expect, it } from 'vitest';
import { correctPeriod } from '../../../lib/db/queries';
import { writeCapture } from '../../../lib/db/write-capture';
import { pushLocalToMirror } from '../../../lib/sync/bridge-out';
import type { PouchDatabase } from '../../../lib/sync/pouch-types';
import { bigCapture, freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { memoryMirror } from './memory-pouch';

const newDb = freshDatabasesPerTest();
const SHOP = '旗舰店';
const at = (iso: string) => new Date(iso);

/** Every document of the mirror without its revision: what a full push would write. */
async function contents(mirror: PouchDatabase) {
  const { rows } = await mirror.allDocs({ include_docs: true });
  return rows.map((r) => {
    const { _rev: _r, ...doc } = r.doc!;
    if (doc.kind === 'scheme' || doc.kind === 'profile') delete doc.editedAt;
    return doc;
  });
}

describe('pushLocalToMirror: only what changed since the last push', () => {
  it('compares everything first, then only the records of new captures, of a corrected capture and refused documents; once a day everything again', async () => {
    const db = newDb();
    for (const day of ['2026-10-30', '2026-10-31', '2026-11-01']) await writeCapture(db, bigCapture(day, 4, 3), at(`${day}T23:00:00Z`));
    const mirror = memoryMirror();
    const first = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-02T01:00:00Z'));
    expect(first.compared).toBe(8); // 4 agents × 2 months
    expect(first.written.filter((id) => id.startsWith('values:'))).toHaveLength(8);
    expect(first.written.filter((id) => id.startsWith('capture:'))).toHaveLength(3);
    expect(first.mark).toEqual({ captureId: 3, captureAt: '2026-11-01T23:00:00.000Z', fullAt: '2026-11-02T01:00:00.000Z' });

    // Nothing new: nothing compared, nothing written.
    const idle = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-02T02:00:00Z'), new Set(), first.mark);
    expect(idle).toEqual({ written: [], compared: 0, mark: first.mark });

    // A new day: its capture and the four records of November it changed.
    await writeCapture(db, bigCapture('2026-11-02', 4, 3), at('2026-11-02T23:00:00Z'));
    const day = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-02T23:30:00Z'), new Set(), idle.mark);
    expect(day.compared).toBe(4);
    expect(day.written.filter((id) => id.startsWith('values:')).every((id) => id.includes('2026-11'))).toBe(true);
    expect(day.written).toHaveLength(5);
    expect(day.mark.captureId).toBe(4);

    // A guessed period corrected: the values move under the same capture, and are pushed.
    await writeCapture(db, makeCapture({ rows: [{ label: `${SHOP}:客服000`, kind: 'agent', values: { reply_rate: 88 } }], metrics: ['reply_rate'], period: { start: '2026-11-02', end: '2026-11-02', guessed: true, evidence: '' }, source: { tableKey: 'https://sycm.taobao.com/qos/service/frame/team|reply_rate' } }), at('2026-11-02T23:35:00Z'));
    const guessed = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-02T23:40:00Z'), new Set(), day.mark);
    expect(guessed.written.length).toBe(2);
    expect((await correctPeriod(db, 5, { start: '2026-11-01', end: '2026-11-01' })).ok).toBe(true);
    const corrected = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-02T23:50:00Z'), new Set(), guessed.mark);
    expect(corrected.written.sort()).toEqual(guessed.written.sort()); // the capture (now correctedFrom) and its record

    // A document the server refused is written again even though the mirror has it.
    const refusedId = day.written.find((id) => id.startsWith('values:'))!;
    const again = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-02T23:55:00Z'), new Set([refusedId]), corrected.mark);
    expect(again.written).toContain(refusedId);

    // A day after the last full compare, everything is compared again (and found unchanged).
    expect(again.mark.fullAt).toBe('2026-11-02T01:00:00.000Z');
    const daily = await pushLocalToMirror(db, mirror, SHOP, at('2026-11-03T01:00:00Z'), new Set(), again.mark);
    expect(daily.compared).toBe(9);
    expect(daily.written).toEqual([]);
    expect(daily.mark.fullAt).toBe('2026-11-03T01:00:00.000Z');

    // Another store under the same mirror (the database deleted and made again: its log starts at 1): all compared.
    const remade = newDb();
    await writeCapture(remade, bigCapture('2026-11-03', 4, 3), at('2026-11-03T23:00:00Z'));
    const other = await pushLocalToMirror(remade, memoryMirror(), SHOP, at('2026-11-04T00:00:00Z'), new Set(), { ...daily.mark, captureId: 1 });
    expect(other.compared).toBe(4);
    expect(other.written).toHaveLength(5);

    // The mirror holds exactly what one full push of the same store writes.
    const fresh = memoryMirror();
    await pushLocalToMirror(db, fresh, SHOP, at('2026-11-03T06:00:00Z'));
    expect(await contents(mirror)).toEqual(await contents(fresh));
  });
});
