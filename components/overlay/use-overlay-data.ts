import { useCallback, useEffect, useRef, useState } from 'react';
import type { Browser } from 'wxt/browser';
import { OVERLAY_PORT, type OverlayData, type OverlayPortPush, type OverlayPortRequest } from '@/lib/overlay';

export type OverlayState = { kind: 'loading' } | { kind: 'refused' } | { kind: 'ready'; data: OverlayData };

/**
 * The badge's data, pushed by the background over a port (see lib/overlay/overlay-port.ts). The browser
 * may stop an idle background and close the port: it is opened again when the page is next visible.
 */
export function useOverlayData(): { state: OverlayState; send: (request: OverlayPortRequest) => void } {
  const [state, setState] = useState<OverlayState>({ kind: 'loading' });
  const port = useRef<Browser.runtime.Port | null>(null);

  useEffect(() => {
    let stopped = false;
    let refused = false;
    const connect = () => {
      if (stopped || refused || port.current) return;
      const p = browser.runtime.connect({ name: OVERLAY_PORT });
      port.current = p;
      p.onMessage.addListener((message: unknown) => {
        const push = message as OverlayPortPush;
        if (push.type === 'refused') {
          refused = true;
          setState({ kind: 'refused' });
        } else if (push.type === 'data') setState({ kind: 'ready', data: push.data });
      });
      p.onDisconnect.addListener(() => {
        port.current = null;
        if (document.visibilityState === 'visible') setTimeout(connect, 1000);
      });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') connect();
    };
    connect();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisible);
      port.current?.disconnect();
      port.current = null;
    };
  }, []);

  const send = useCallback((request: OverlayPortRequest) => port.current?.postMessage(request), []);
  return { state, send };
}
