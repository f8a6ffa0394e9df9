import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { onFrameMessage, sendToBackground } from '../../../lib/messages/content-messaging';
import type { ProtocolMap } from '../../../lib/messages/protocol';
import { makeRawCapture as makeCapture } from '../db/make-capture';
import { NO_ANSWER } from '../../../lib/model/capture-reply';

// Both ends over fakeBrowser's runtime messaging: the content scripts' hand-written side must speak the
// wire format of @webext-core/messaging, which the background and the popup use.
const library = defineExtensionMessaging<ProtocolMap>();
afterEach(() => {
  library.removeAllListeners();
  fakeBrowser.reset();
});

const saved = { ok: true, captureId: 4, agents: 2, benchmarks: 1, metrics: 3, snapshotAgents: 2, warnings: 1, period: { start: '2026-11-20', end: '2026-11-20', guessed: false } } as const;

describe('content-messaging ↔ @webext-core/messaging', () => {
  test('a capture reaches the library listener with its data, and its typed answer comes back', async () => {
    const received: unknown[] = [];
    library.onMessage('capture', ({ data }) => {
      received.push(data);
      return saved;
    });
    const capture = makeCapture();
    await expect(sendToBackground('capture', capture)).resolves.toEqual(saved);
    expect(received).toEqual([capture]);
  });

  test('an error thrown by the listener rejects the sender with its message', async () => {
    library.onMessage('overlayState', () => {
      throw new Error('DatabaseClosedError');
    });
    await expect(sendToBackground('overlayState', undefined)).rejects.toThrow('DatabaseClosedError');
  });

  test('a frame listener answers the library sender, and leaves other types to other listeners', async () => {
    const period = { start: '2026-11-20', end: '2026-11-26', guessed: false, evidence: '近7天' };
    const stop = onFrameMessage('periodQuery', () => period);
    let refreshed = 0;
    onFrameMessage('overlayRefresh', () => void refreshed++);
    await expect(library.sendMessage('periodQuery', undefined)).resolves.toEqual(period);
    expect(refreshed).toBe(0);
    await library.sendMessage('overlayRefresh', undefined);
    expect(refreshed).toBe(1);
    stop();
    // No listener for the type any more: the library sender gets no answer.
    await expect(library.sendMessage('periodQuery', undefined)).rejects.toThrow();
  });

  test('no answer (no listener yet, or a worker stopped before replying) rejects with NO_ANSWER, a code the pill words', async () => {
    await expect(sendToBackground('capture', makeCapture())).rejects.toThrow(NO_ANSWER);
  });

  test('a message not in the wire format is ignored', async () => {
    let calls = 0;
    onFrameMessage('periodQuery', () => {
      calls++;
      return { start: '2026-11-26', end: '2026-11-26', guessed: true, evidence: '' };
    });
    await fakeBrowser.runtime.sendMessage({ type: 'periodQuery' }).catch(() => undefined);
    expect(calls).toBe(0);
  });
});
