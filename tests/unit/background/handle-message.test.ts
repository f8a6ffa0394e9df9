import { afterEach, describe, expect, test } from 'vitest';
import { handleCapture, type MessageContext } from '../../../lib/background/handle-message';
import { freshDatabase, makeCapture } from '../db/make-capture';
import type { KefuDatabase } from '../../../lib/db/database';
import { storedValues } from '../db/stored-values';
import { STORAGE_FULL } from '../../../lib/model/capture-reply';

const EXT = 'extensionidabcdefghijklmnop';
const contentScript = { id: EXT, tab: { id: 7 }, url: 'https://sycm.taobao.com/qos/service/frame/team', frameId: 0 };

let db: KefuDatabase;
afterEach(async () => {
  await db?.delete();
});

function context(over: Partial<MessageContext> = {}): MessageContext {
  db = freshDatabase();
  return { db, extensionId: EXT, now: () => new Date('2026-11-27T08:00:00Z'), ...over };
}

describe('handleCapture', () => {
  test('stores a valid capture from the own content script and says what it saved', async () => {
    const ctx = context();
    const reply = await handleCapture(makeCapture(), contentScript, ctx);
    expect(reply).toEqual({ ok: true, captureId: 1, agents: 2, benchmarks: 1, metrics: 3, snapshotAgents: 2 });
    expect((await storedValues(db)).length).toBe(9);
  });

  test('pages of one table add up in the reply (snapshot agents)', async () => {
    const ctx = context();
    await handleCapture(makeCapture(), contentScript, ctx);
    const page2 = makeCapture({ rows: [{ label: '旗舰店:阿花', kind: 'agent', values: { reply_rate: 95, avg_response_time: 30, inquiry_conversion_rate: 40 } }] });
    const reply = await handleCapture(page2, contentScript, ctx);
    expect(reply).toMatchObject({ ok: true, agents: 1, snapshotAgents: 3 });
  });

  test.each([
    ['another extension', { ...contentScript, id: 'someoneelse' }],
    ['an extension page', { ...contentScript, url: `chrome-extension://${EXT}/options.html` }],
    ['no tab (popup, background)', { id: EXT, url: 'https://sycm.taobao.com/' }],
  ])('refuses %s and stores nothing', async (_name, sender) => {
    const ctx = context();
    expect(await handleCapture(makeCapture(), sender, ctx)).toEqual({ ok: false, error: 'sender not allowed' });
    expect((await storedValues(db)).length).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });

  test('refuses an invalid capture with a readable reason and stores nothing', async () => {
    const ctx = context();
    const bad = makeCapture();
    (bad.rows[0]!.values as Record<string, unknown>).reply_rate = '96%';
    const reply = await handleCapture(bad, contentScript, ctx);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('rows[0].values.reply_rate');
    expect((await storedValues(db)).length).toBe(0);
    expect(await handleCapture({ type: 'hello' }, contentScript, ctx)).toMatchObject({ ok: false });
  });

  test('a refused capture and a failed write are reported for the options page', async () => {
    const reported: [string, string][] = [];
    const ctx = context({ report: (kind, error) => reported.push([kind, String(error)]) });
    const bad = makeCapture();
    (bad.rows[0]!.values as Record<string, unknown>).reply_rate = '96%';
    await handleCapture(bad, contentScript, ctx);
    expect(reported).toEqual([['captureRefused', expect.stringContaining('capture.rows[0].values.reply_rate')]]);
    db.close();
    await expect(handleCapture(makeCapture(), contentScript, ctx)).rejects.toThrow();
    expect(reported.map(([kind]) => kind)).toEqual(['captureRefused', 'captureWrite']);
  });

  test('a write refused for a full storage answers the STORAGE_FULL code, is reported as such, and stores nothing', async () => {
    const reported: [string, unknown][] = [];
    const ctx = context({ report: (kind, error) => reported.push([kind, error]) });
    // What Chrome's IndexedDB does when the origin is out of quota: the commit aborts with a QuotaExceededError.
    db.use({
      stack: 'dbcore',
      name: 'quota-exceeded',
      create: (down) => ({
        ...down,
        table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) }),
      }),
    });
    expect(await handleCapture(makeCapture(), contentScript, ctx)).toEqual({ ok: false, error: STORAGE_FULL });
    expect(reported.map(([kind]) => kind)).toEqual(['storageFull']);
    expect(await db.captures.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect((await storedValues(db)).length).toBe(0);
  });

  test('a capture resent after its answer was lost is stored once, and answered the same', async () => {
    const ctx = context();
    const first = await handleCapture(makeCapture(), contentScript, ctx);
    const again = await handleCapture(makeCapture(), contentScript, ctx);
    expect(again).toEqual(first);
    expect(await db.captures.count()).toBe(1);
    expect((await storedValues(db)).length).toBe(9);
  });

  test('a guessed period from a sub-frame takes the top frame\'s period when it shows one', async () => {
    const asked: number[] = [];
    const ctx = context({
      askTopFramePeriod: async (tabId) => {
        asked.push(tabId);
        return { start: '2026-11-19', end: '2026-11-25', guessed: false, evidence: '近7天' };
      },
    });
    const guessed = makeCapture({ period: { start: '2026-11-26', end: '2026-11-26', guessed: true, evidence: '' } });
    await handleCapture(guessed, { ...contentScript, frameId: 3 }, ctx);
    expect(asked).toEqual([7]);
    const periods = new Set((await storedValues(db)).map((v) => `${v.periodStart}~${v.periodEnd}~${v.periodGuessed}`));
    expect([...periods]).toEqual(['2026-11-19~2026-11-25~false']);
  });

  test('the guess stands when the top frame cannot answer or answers nonsense', async () => {
    for (const answer of [async () => Promise.reject(new Error('no receiver')), async () => ({ start: 'yesterday' }), async () => undefined]) {
      const ctx = context({ askTopFramePeriod: answer });
      const guessed = makeCapture({ period: { start: '2026-11-26', end: '2026-11-26', guessed: true, evidence: '' } });
      const reply = await handleCapture(guessed, { ...contentScript, frameId: 3 }, ctx);
      expect(reply.ok).toBe(true);
      expect((await storedValues(db)).every((v) => v.periodStart === '2026-11-26' && v.periodGuessed)).toBe(true);
      await db.delete();
    }
  });
});
