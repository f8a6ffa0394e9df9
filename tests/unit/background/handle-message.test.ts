import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { setUiLocale } from '../support/ui-locale';
import { handleCapture, type MessageContext } from '../../../lib/background/handle-message';
import { freshDatabase, makeRawCapture as makeCapture } from '../db/make-capture';
import type { RawRow } from '../../../lib/model/capture-types';
import type { KefuDatabase } from '../../../lib/db/database';
import { storedValues } from '../db/stored-values';
import { STORAGE_FULL } from '../../../lib/model/capture-reply';

const EXT = 'extensionidabcdefghijklmnop';
const contentScript = { id: EXT, tab: { id: 7 }, url: 'https://sycm.taobao.com/qos/service/frame/team', frameId: 0 };

let db: KefuDatabase;
// Refusals read as an English-language browser words them.
beforeEach(() => setUiLocale('en'));
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
    expect(reply).toEqual({ ok: true, captureId: 1, agents: 2, benchmarks: 1, metrics: 3, snapshotAgents: 2, warnings: 0, period: { start: '2026-11-20', end: '2026-11-20', guessed: false } });
    expect((await storedValues(db)).length).toBe(9);
  });

  test('parses the raw texts: values in canonical units, unreadable cells as warnings in the log and counted in the reply', async () => {
    const ctx = context();
    const raw = makeCapture();
    raw.hints = [null, 'minutes', null];
    raw.rows = [
      ['旗舰店:小美', '96.1%', '1.5', '45.67% 较前一日 ↑3.2%'],
      ['旗舰店:阿强', '##', '延迟统计', '38.2'],
      ['均值', '97.55', '-', 'abc'],
    ];
    const reply = await handleCapture(raw, contentScript, ctx);
    expect(reply).toMatchObject({ ok: true, agents: 2, benchmarks: 1, warnings: 2 });
    const values = Object.fromEntries((await storedValues(db)).map((v) => [`${v.label}/${v.metric}`, v.value]));
    expect(values).toEqual({
      '旗舰店:小美/reply_rate': 96.1,
      '旗舰店:小美/avg_response_time': 90,
      '旗舰店:小美/inquiry_conversion_rate': 45.67,
      '旗舰店:阿强/reply_rate': null,
      '旗舰店:阿强/avg_response_time': null,
      '旗舰店:阿强/inquiry_conversion_rate': 38.2,
      '均值/reply_rate': 97.55,
      '均值/avg_response_time': null,
      '均值/inquiry_conversion_rate': null,
    });
    const [logged] = await db.captures.toArray();
    expect(logged!.warnings.map((w) => [w.row, w.metric, w.text])).toEqual([
      ['旗舰店:阿强', 'reply_rate', '##'],
      ['均值', 'inquiry_conversion_rate', 'abc'],
    ]);
  });

  test('the reply names the period the capture was filed under, and says a guess is a guess', async () => {
    const ctx = context();
    const reply = await handleCapture(makeCapture({ period: { start: '2026-11-19', end: '2026-11-25', guessed: true, evidence: '' } }), contentScript, ctx);
    expect(reply).toMatchObject({ ok: true, period: { start: '2026-11-19', end: '2026-11-25', guessed: true } });
  });

  test('pages of one table add up in the reply (snapshot agents)', async () => {
    const ctx = context();
    await handleCapture(makeCapture(), contentScript, ctx);
    const page2 = makeCapture({ rows: [{ label: '旗舰店:阿花', kind: 'agent', values: { reply_rate: 95, avg_response_time: 30, inquiry_conversion_rate: 40 } }] });
    expect(page2.rows).toEqual([['旗舰店:阿花', '95', '30', '40']]);
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
    (bad.rows[0] as unknown[])[1] = 96;
    const reply = await handleCapture(bad, contentScript, ctx);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('capture.rows[0][1]: expected string, received number');
    expect((await storedValues(db)).length).toBe(0);
    expect(await handleCapture({ type: 'hello' }, contentScript, ctx)).toMatchObject({ ok: false });
  });

  test.each([
    ['a row one text short', (rows: RawRow[]) => rows[1]!.pop(), 'capture.rows[1]: 3 texts, expected the row\'s label and one per metric (4)'],
    ['a row one text long', (rows: RawRow[]) => rows[2]!.push('1'), 'capture.rows[2]: 5 texts, expected the row\'s label and one per metric (4)'],
    ['an untrimmed label', (rows: RawRow[]) => (rows[0]![0] = ' 小美 '), 'capture.rows[0][0]: label " 小美 " is not trimmed'],
    ['an empty row', (rows: RawRow[]) => (rows[0] = [] as unknown as RawRow), 'capture.rows[0]'],
    ['a 2,001-character cell', (rows: RawRow[]) => (rows[0]![1] = '9'.repeat(2001)), 'capture.rows[0][1]'],
  ])('refuses %s (texts would land under another metric) and stores nothing', async (_name, edit, expected) => {
    const ctx = context();
    const bad = makeCapture();
    edit(bad.rows);
    const reply = await handleCapture(bad, contentScript, ctx);
    expect(!reply.ok && reply.error).toContain(expected);
    expect(await db.captures.count()).toBe(0);
  });

  test.each([
    ['a hint per metric missing', { hints: [null, null] }, 'capture.hints: 2 entries, expected one per metric (3)'],
    ['an unknown hint', { hints: [null, 'furlongs', null] }, 'capture.hints[1]'],
    ['a header per metric missing', { headers: ['回复率'] }, 'capture.headers: 1 entries, expected one per metric (3)'],
    ['an unknown metric', { metrics: ['reply_rate', 'avg_response_time', 'reply_ratio'] }, 'capture.metrics[2]: unknown metric id "reply_ratio"'],
    ['values instead of texts', { rows: [{ label: '旗舰店:小美', kind: 'agent', values: { reply_rate: 96.1 } }] }, 'capture.rows[0]'],
  ])('refuses %s', async (_name, over, expected) => {
    const ctx = context();
    const reply = await handleCapture({ ...makeCapture(), ...over }, contentScript, ctx);
    expect(!reply.ok && reply.error).toContain(expected);
  });

  test('a label seen twice (a locked copy) is stored once: the second only fills the first one\'s gaps, and warns nothing', async () => {
    const ctx = context();
    const raw = makeCapture();
    raw.rows = [
      ['旗舰店:小美', '96.1', '-', '45.67'],
      ['旗舰店:阿强', '99', '20', '38.2'],
      ['旗舰店:小美', '50', '25.3', '??'],
    ];
    const reply = await handleCapture(raw, contentScript, ctx);
    expect(reply).toMatchObject({ ok: true, agents: 2, warnings: 0 });
    const values = Object.fromEntries((await storedValues(db)).filter((v) => v.label === '旗舰店:小美').map((v) => [v.metric, v.value]));
    expect(values).toEqual({ reply_rate: 96.1, avg_response_time: 25.3, inquiry_conversion_rate: 45.67 });
  });

  test('a refused capture and a failed write are reported for the options page', async () => {
    const reported: [string, string][] = [];
    const ctx = context({ report: (kind, error) => reported.push([kind, String(error)]) });
    const bad = makeCapture();
    (bad.rows[0] as unknown[])[1] = 96;
    await handleCapture(bad, contentScript, ctx);
    expect(reported).toEqual([['captureRefused', expect.stringContaining('capture.rows[0][1]')]]);
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
