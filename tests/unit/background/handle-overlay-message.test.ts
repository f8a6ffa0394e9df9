import { describe, expect, test } from 'vitest';
import { handleOverlayMessage, overlaySenderHost } from '../../../lib/background/handle-overlay-message';
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

describe('handleOverlayMessage', () => {
  test('state: shown with the saved position; hidden once the host is hidden', async () => {
    const db = fresh();
    const context = { db, extensionId };
    expect(await handleOverlayMessage({ type: 'overlay:state' }, topFrame, context)).toEqual({ ok: true, show: true, position: null });
    await handleOverlayMessage({ type: 'overlay:position', x: 920, y: 640 }, topFrame, context);
    expect(await handleOverlayMessage({ type: 'overlay:state' }, topFrame, context)).toEqual({ ok: true, show: true, position: { x: 920, y: 640 } });
    expect(await handleOverlayMessage({ type: 'overlay:hide' }, topFrame, context)).toEqual({ ok: true });
    expect(await handleOverlayMessage({ type: 'overlay:state' }, topFrame, context)).toMatchObject({ show: false });
    // Other consoles still show it.
    const jd = { ...topFrame, url: 'https://kf.jd.com/report' };
    expect(await handleOverlayMessage({ type: 'overlay:state' }, jd, context)).toMatchObject({ show: true });
    expect((await readPref(db, 'overlay')).hiddenHosts).toEqual(['sycm.taobao.com']);
  });

  test('the host hidden is always the sender\'s, whatever the message says', async () => {
    const db = fresh();
    const reply = await handleOverlayMessage({ type: 'overlay:hide', host: 'kf.jd.com' }, topFrame, { db, extensionId });
    expect(reply).toEqual({ ok: false, error: 'invalid overlay message' });
    expect((await readPref(db, 'overlay')).hiddenHosts).toEqual([]);
  });

  test.each([
    [{ type: 'overlay:position', x: 'left', y: 0 }],
    [{ type: 'overlay:position', x: Infinity, y: 0 }],
    [{ type: 'overlay:position', x: 1e9, y: 0 }],
    [{ type: 'overlay:position', x: 5 }],
    [{ type: 'overlay:state', extra: true }],
  ])('refuses a malformed request %j and stores nothing', async (message) => {
    const db = fresh();
    await writePref(db, 'overlay', { hiddenHosts: [], position: { x: 1, y: 2 }, expanded: false });
    expect(await handleOverlayMessage(message, topFrame, { db, extensionId })).toEqual({ ok: false, error: 'invalid overlay message' });
    expect((await readPref(db, 'overlay')).position).toEqual({ x: 1, y: 2 });
  });

  test('a child frame cannot hide the badge or move it', async () => {
    const db = fresh();
    const child = { ...topFrame, frameId: 2, url: 'https://qn.taobao.com/app/kefu/compare.html' };
    expect(await handleOverlayMessage({ type: 'overlay:hide' }, child, { db, extensionId })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await handleOverlayMessage({ type: 'overlay:position', x: 0, y: 0 }, child, { db, extensionId })).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await readPref(db, 'overlay')).toEqual({ hiddenHosts: [], position: null, expanded: false });
  });
});
