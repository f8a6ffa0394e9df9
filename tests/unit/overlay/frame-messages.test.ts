import { describe, expect, test } from 'vitest';
import { acceptFrameMessage, FRAME_MESSAGE_SOURCE, frameMessage, parseFrameMessage } from '../../../lib/overlay/frame-messages';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const frameWindow = { name: 'overlay iframe window' };
const consoleWindow = { name: 'sycm window' };

describe('parseFrameMessage', () => {
  test.each([
    [{ type: 'drag-start', screenX: 131, screenY: 1102 }],
    [{ type: 'drag-move', dx: -12.5, dy: 3 }],
    [{ type: 'drag-end' }],
    [{ type: 'nudge', dx: 0, dy: -50 }],
    [{ type: 'size', width: 244, height: 64 }],
    [{ type: 'hide' }],
  ] as const)('accepts %j as the page builds it', (body) => {
    expect(parseFrameMessage(frameMessage(body))).toEqual({ source: FRAME_MESSAGE_SOURCE, ...body });
  });

  test.each([
    ['no source tag', { type: 'hide' }],
    ['another source', { source: 'react-devtools-bridge', type: 'hide' }],
    ['unknown type', { source: FRAME_MESSAGE_SOURCE, type: 'open-options' }],
    ['type from the prototype', { source: FRAME_MESSAGE_SOURCE, type: 'toString' }],
    ['missing delta', { source: FRAME_MESSAGE_SOURCE, type: 'drag-move', dx: 4 }],
    ['a drag start without where', { source: FRAME_MESSAGE_SOURCE, type: 'drag-start' }],
    ['delta as text', { source: FRAME_MESSAGE_SOURCE, type: 'drag-move', dx: '4', dy: 0 }],
    ['infinite delta', { source: FRAME_MESSAGE_SOURCE, type: 'nudge', dx: Infinity, dy: 0 }],
    ['NaN size', { source: FRAME_MESSAGE_SOURCE, type: 'size', width: Number.NaN, height: 40 }],
    ['negative size', { source: FRAME_MESSAGE_SOURCE, type: 'size', width: -1, height: 40 }],
    ['a huge size (cover the page)', { source: FRAME_MESSAGE_SOURCE, type: 'size', width: 1e6, height: 1e6 }],
    ['an extra key', { source: FRAME_MESSAGE_SOURCE, type: 'hide', host: 'sycm.taobao.com' }],
    ['an extra key on a move', { source: FRAME_MESSAGE_SOURCE, type: 'drag-move', dx: 1, dy: 1, x: 0 }],
    ['null', null],
    ['a string', 'kefu-overlay:hide'],
    ['an array', [FRAME_MESSAGE_SOURCE, 'hide']],
  ])('rejects %s', (_name, data) => {
    expect(parseFrameMessage(data)).toBeNull();
  });

  test('returns a fresh object: nothing of the sender\'s object is kept', () => {
    const data = { source: FRAME_MESSAGE_SOURCE, type: 'size', width: 200, height: 50 };
    const parsed = parseFrameMessage(data);
    expect(parsed).not.toBe(data);
    expect(parsed).toEqual(data);
  });
});

describe('acceptFrameMessage', () => {
  const hide = frameMessage({ type: 'hide' });
  const real = { isTrusted: true, source: frameWindow, origin: EXT, data: hide };

  test('accepts a browser-dispatched message from the overlay iframe on the extension origin', () => {
    expect(acceptFrameMessage(real, frameWindow, EXT)).toEqual(hide);
  });

  test.each([
    // new MessageEvent('message', { data, origin, source }) + dispatchEvent: every field is the page's choice, except isTrusted.
    ['forged by the page (isTrusted false)', { ...real, isTrusted: false }],
    ['posted by the console window itself', { ...real, source: consoleWindow }],
    ['posted by another frame of the page', { ...real, source: { name: 'ad frame' }, origin: 'https://sycm.taobao.com' }],
    ['from the iframe after the page navigated it elsewhere', { ...real, origin: 'https://evil.example' }],
    ['from another extension', { ...real, origin: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba' }],
    ['malformed data from the right frame', { ...real, data: { source: FRAME_MESSAGE_SOURCE, type: 'size', width: 'auto', height: 1 } }],
  ])('rejects a message %s', (_name, event) => {
    expect(acceptFrameMessage(event, frameWindow, EXT)).toBeNull();
  });

  test('rejects everything when the iframe has no window (removed)', () => {
    expect(acceptFrameMessage({ ...real, source: null }, null, EXT)).toBeNull();
    expect(acceptFrameMessage({ ...real, source: undefined }, undefined, EXT)).toBeNull();
  });
});
