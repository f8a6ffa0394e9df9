import { describe, expect, test } from 'vitest';
import { overlayPortAllowed, serveOverlayPort, type PortLike } from '../../../lib/background/serve-overlay-port';
import { readPref } from '../../../lib/db/prefs';
import { saveProfile } from '../../../lib/db/settings-store';
import { writeCapture } from '../../../lib/db/write-capture';
import type { OverlayPortPush } from '../../../lib/overlay/overlay-port';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';

const fresh = freshDatabasesPerTest();
const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const extensionOrigin = `chrome-extension://${extensionId}`;
const overlaySender = { id: extensionId, url: `${extensionOrigin}/overlay.html`, frameId: 4, tab: { url: 'https://sycm.taobao.com/qos/service/kefu_performance' } };

function fakePort(sender: PortLike['sender']) {
  const pushed: OverlayPortPush[] = [];
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  let disconnected = false;
  const port: PortLike = {
    name: 'kefu-overlay',
    sender,
    postMessage: (m) => void pushed.push(m),
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    disconnect: () => {
      disconnected = true;
    },
  };
  return {
    port,
    pushed,
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
    close: () => onDisconnect.forEach((l) => l()),
    disconnected: () => disconnected,
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('overlayPortAllowed', () => {
  test('the overlay page framed by a console host or a user site', () => {
    expect(overlayPortAllowed(overlaySender, extensionId, extensionOrigin, [])).toBe(true);
    const radar = { ...overlaySender, tab: { url: 'https://leida.example.cn/kpi' } };
    expect(overlayPortAllowed(radar, extensionId, extensionOrigin, [])).toBe(false);
    expect(overlayPortAllowed(radar, extensionId, extensionOrigin, ['https://leida.example.cn/*'])).toBe(true);
  });
  test.each([
    ['a site framing overlay.html (no host access: no tab URL)', { ...overlaySender, tab: {} }],
    ['a site framing overlay.html that the browser names', { ...overlaySender, tab: { url: 'https://evil.example/' } }],
    ['another extension page', { ...overlaySender, url: `${extensionOrigin}/options.html` }],
    ['overlay.html opened as a tab', { ...overlaySender, frameId: 0 }],
    ['another extension', { ...overlaySender, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['no sender', undefined],
  ])('refuses %s', (_name, sender) => {
    expect(overlayPortAllowed(sender, extensionId, extensionOrigin, [])).toBe(false);
  });
});

describe('serveOverlayPort', () => {
  test('pushes "no me", then my standing as soon as a profile says "this is me", and saves expanded', async () => {
    const db = fresh();
    await writeCapture(db, makeCapture(), new Date('2026-11-21T01:00:00Z'));
    const { port, pushed, send, close } = fakePort(overlaySender);
    await serveOverlayPort(port, { db, extensionId, extensionOrigin });
    await until(() => pushed.length === 1);
    expect(pushed[0]).toEqual({ type: 'data', data: { kind: 'no-me' } });

    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: true, role: 'presale' });
    await until(() => pushed.some((p) => p.type === 'data' && p.data.kind === 'me'));
    const last = pushed[pushed.length - 1]!;
    expect(last.type === 'data' && last.data.kind === 'me' && last.data.mine.standing?.gaps.find((g) => g.metric === 'reply_rate')?.value).toBe(96.1);

    send({ type: 'expanded', expanded: true });
    send({ type: 'expanded', expanded: 'yes' }); // malformed: ignored
    await until(() => pushed.some((p) => p.type === 'data' && p.data.kind === 'me' && p.data.expanded));
    expect((await readPref(db, 'overlay')).expanded).toBe(true);

    close();
    const count = pushed.length;
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: false, role: 'presale' });
    await new Promise((r) => setTimeout(r, 100));
    expect(pushed).toHaveLength(count);
  });

  test('pushes my month so far as of the day it is given, and again when a day of mine comes in', async () => {
    const db = fresh();
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: true, role: 'presale' });
    await writeCapture(db, makeCapture({ period: { start: '2026-11-20', end: '2026-11-20' } }), new Date('2026-11-21T01:00:00Z'));
    const { port, pushed } = fakePort(overlaySender);
    await serveOverlayPort(port, { db, extensionId, extensionOrigin, today: () => '2026-11-23' });
    await until(() => pushed.some((p) => p.type === 'data' && p.data.kind === 'me' && p.data.month !== null));
    const month = (p: OverlayPortPush | undefined) => (p?.type === 'data' && p.data.kind === 'me' ? p.data.month : null);
    // One day (11-20): 回复率 96.1, 平均响应 25.3 s, 询单转化率 45.67 % of 11-01 … 11-22.
    expect(month(pushed.at(-1))).toMatchObject({ window: { month: '2026-11', days: 22 }, daysWithData: 1 });
    const score = (p: OverlayPortPush | undefined) => month(p)?.judged?.standing?.score;
    // 回复率 (96.1−90)/10 = 61 × 20, 平均响应 (55−25.3)/50 = 59.4 × 18, 转化率 (45.67−30)/30 = 52.23 × 40:
    // (1220 + 1069.2 + 2089.33) / 78 = 56.13.
    expect(score(pushed.at(-1))).toBeCloseTo((1220 + 1069.2 + (15.67 / 30) * 100 * 40) / 78, 6);

    // 11-21 with every rate at its best: the month's rates rise (no volumes captured: plain means).
    await writeCapture(
      db,
      makeCapture({ period: { start: '2026-11-21', end: '2026-11-21' }, rows: [{ label: '旗舰店:小美', kind: 'agent', values: { reply_rate: 100, avg_response_time: 5, inquiry_conversion_rate: 60 } }] }),
      new Date('2026-11-22T01:00:00Z'),
    );
    await until(() => month(pushed.at(-1))?.daysWithData === 2);
    // Means 98.05, 15.15 s, 52.835 %: (80.5 × 20 + 79.7 × 18 + 76.1167 × 40) / 78.
    expect(score(pushed.at(-1))).toBeCloseTo((80.5 * 20 + 79.7 * 18 + (22.835 / 30) * 100 * 40) / 78, 6);
  });

  test('a refused sender gets no data and is disconnected', async () => {
    const db = fresh();
    await saveProfile(db, { key: '旗舰店:小美', aliases: [], isMe: true, role: 'presale' });
    const { port, pushed, disconnected } = fakePort({ ...overlaySender, tab: { url: 'https://evil.example/' } });
    await serveOverlayPort(port, { db, extensionId, extensionOrigin });
    await new Promise((r) => setTimeout(r, 50));
    expect(pushed).toEqual([{ type: 'refused' }]);
    expect(disconnected()).toBe(true);
  });
});
