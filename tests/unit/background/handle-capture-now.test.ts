import { describe, expect, test } from 'vitest';
import { handleCaptureNow, type CaptureNowContext } from '../../../lib/background/handle-capture-now';

const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const extensionOrigin = `chrome-extension://${extensionId}`;
const popup = { id: extensionId, url: `${extensionOrigin}/popup.html` };

function context(executeScript: CaptureNowContext['executeScript']) {
  const ran: number[] = [];
  const reported: string[] = [];
  const ctx: CaptureNowContext = {
    extensionId,
    extensionOrigin,
    executeScript: async (tabId) => {
      ran.push(tabId);
      return executeScript(tabId);
    },
    report: (kind) => reported.push(kind),
  };
  return { ctx, ran, reported };
}

describe('handleCaptureNow', () => {
  test('the popup asks: the script runs in that tab', async () => {
    const { ctx, ran } = context(async () => []);
    expect(await handleCaptureNow(12, popup, ctx)).toEqual({ ok: true });
    expect(ran).toEqual([12]);
  });

  test('a failure comes back in words and is reported', async () => {
    const { ctx, reported } = context(async () => Promise.reject(new Error('Cannot access contents of the page')));
    expect(await handleCaptureNow(12, popup, ctx)).toEqual({ ok: false, error: 'Cannot access contents of the page' });
    expect(reported).toEqual(['captureNow']);
  });

  test.each([
    ['a content script', { id: extensionId, url: 'https://sycm.taobao.com/', tab: { id: 3 } }],
    ['another extension page', { id: extensionId, url: `${extensionOrigin}/overlay.html` }],
    ['another extension', { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: `chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/popup.html` }],
  ])('refuses %s and runs nothing', async (_name, sender) => {
    const { ctx, ran } = context(async () => []);
    expect(await handleCaptureNow(12, sender, ctx)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(ran).toEqual([]);
  });

  test.each([['12'], [-1], [1.5], [undefined]])('refuses tab %j', async (data) => {
    const { ctx, ran } = context(async () => []);
    expect(await handleCaptureNow(data, popup, ctx)).toEqual({ ok: false, error: 'invalid tab' });
    expect(ran).toEqual([]);
  });
});
