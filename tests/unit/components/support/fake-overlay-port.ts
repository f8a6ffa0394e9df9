import { act } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OverlayData, OverlayPortPush, OverlayPortRequest } from '@/lib/overlay/overlay-port';

/**
 * The background's end of the badge's port (the fake browser has no runtime.connect): the test pushes
 * what the background would send and reads what the badge asked for.
 */
export function fakeOverlayPort() {
  const listeners: ((message: OverlayPortPush) => void)[] = [];
  const requests: OverlayPortRequest[] = [];
  const port = {
    name: 'overlay',
    onMessage: { addListener: (listener: (message: OverlayPortPush) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
    postMessage: (request: OverlayPortRequest) => requests.push(request),
    disconnect: () => undefined,
  };
  (fakeBrowser.runtime as unknown as { connect: () => typeof port }).connect = () => port;
  return {
    requests,
    /** Sends the badge its data, as the background does after reading the database. */
    push(data: OverlayData) {
      act(() => {
        for (const listener of listeners) listener({ type: 'data', data });
      });
    },
  };
}
