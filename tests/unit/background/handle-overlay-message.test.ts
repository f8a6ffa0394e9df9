import { describe, expect, test } from 'vitest';
import { handleOverlayHide, handleOverlayPosition, handleOverlayState, overlaySenderHost } from '../../../lib/background/handle-overlay-message';
import { readPref, writePref } from '../../../lib/db/prefs';
import { freshDatabasesPerTest } from '../db/make-capture';

const fresh = freshDatabasesPerTest();
const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const topFrame = { id: extensionId, tab: { id: 7 }, frameId: 0, url: 'https://sycm.taobao.com/qos/service/kefu_performance?date=2026-11-26' };

describe('overlaySenderHost', () => {
  test('the own content script in a tab\'s top frame on a web page: its host', () => {
    expect(overlaySenderHost(topFrame, extensionId)).toBe('sycm.taobao.com');
    expect(overlaySenderHost({ ...topFrame, url: 'http://intranet.shop.cn:8080/kpi' }, extensionId)).toBe('intranet.shop.cn');
  });
  test.each([
    ['a child frame', { ...topFrame, frameId: 3, url: 'https://qn.taobao.com/app/kefu/compare.html' }],
    ['another extension', { ...topFrame, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['an extension page (the overlay page itself, the popup)', { ...topFrame, url: `chrome-extension://${extensionId}/overlay.html` }],
    ['no tab', { ...topFrame, tab: undefined }],
    ['about:blank top frame', { ...topFrame, url: 'about:blank' }],
    ['no URL', { ...topFrame, url: undefined }],
  ])('refuses %s', (_name, sender) => {
    expect(overlaySenderHost(sender, extensionId)).toBeNull();
  });
});

describe('the overlay messages', () => {
  test('state: shown with the saved position; hidden once the host is hidden', async () => {
    const db = fresh();
    const context = { db, extensionId };
    expect(await handleOverlayState(undefined, topFrame, context)).toEqual({ ok: true, show: true, position: null });
    await handleOverlayPosition({ x: 920, y: 640 }, topFrame, context);
    expect(await handleOverlayState(undefined, topFrame, context)).toEqual({ ok: true, show: true, position: { x: 920, y: 640 } });
    expect(await handleOverlayHide(undefined, topFrame, context)).toEqual({ ok: true });
    expect(await handleOverlayState(undefined, topFrame, context)).toMatchObject({ show: false });
    // Other consoles still show it.
    const jd = { ...topFrame, url: 'https://kf.jd.com/report' };
    expect(await handleOverlayState(undefined, jd, context)).toMatchObject({ show: true });
    expect((await readPref(db, 'overlay')).hiddenHosts).toEqual(['sycm.taobao.com']);
  });

  test('the host hidden is always the sender\'s, whatever the message says', async () => {
    const db = fresh();
    const reply = await handleOverlayHide({ host: 'kf.jd.com' }, topFrame, { db, extensionId });
    expect(reply).toEqual({ ok: false, error: 'invalid overlay message' });
    expect((await readPref(db, 'overlay')).hiddenHosts).toEqual([]);
  });

  test.each([[{ x: 'left', y: 0 }], [{ x: Infinity, y: 0 }], [{ x: 1e9, y: 0 }], [{ x: 5 }], [{ x: 5, y: 5, host: 'kf.jd.com' }], [undefined]])(
    'refuses a malformed position %j and stores nothing',
    async (data) => {
      const db = fresh();
      await writePref(db, 'overlay', { hiddenHosts: [], position: { x: 1, y: 2 }, expanded: false });
      expect(await handleOverlayPosition(data, topFrame, { db, extensionId })).toEqual({ ok: false, error: 'invalid overlay message' });
      expect((await readPref(db, 'overlay')).position).toEqual({ x: 1, y: 2 });
    },
  );

  test('state carries no data', async () => {
    const db = fresh();
    expect(await handleOverlayState({ extra: true }, topFrame, { db, extensionId })).toEqual({ ok: false, error: 'invalid overlay message' });
  });

  test('a child frame cannot hide the badge or move it', async () => {
    const db = fresh();
    const child = { ...topFrame, frameId: 2, url: 'https://qn.taobao.com/app/kefu/compare.html' };
    expect(await handleOverlayHide(undefined, child, { db, extensionId })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await handleOverlayPosition({ x: 0, y: 0 }, child, { db, extensionId })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await readPref(db, 'overlay')).toEqual({ hiddenHosts: [], position: null, expanded: false });
  });
});
