import { useCallback, useEffect, useRef, useState } from 'react';
import { OVERLAY_PORT, type OverlayData, type OverlayPortProtocol, type OverlayPortRequest } from '@/lib/overlay';
import { connectTyped, type TypedPort } from '@/lib/messages';

export type OverlayState = { kind: 'loading' } | { kind: 'refused' } | { kind: 'ready'; data: OverlayData };

/**
 * The badge's data, pushed by the background over a port (see lib/overlay/overlay-port.ts). The browser
 * may stop an idle background and close the port: it is opened again when the page is next visible.
 */
export function useOverlayData(): { state: OverlayState; send: (request: OverlayPortRequest) => void } {
  const [state, setState] = useState<OverlayState>({ kind: 'loading' });
  const port = useRef<TypedPort<OverlayPortRequest, OverlayPortProtocol['toPage']> | null>(null);

  useEffect(() => {
    let stopped = false;
    let refused = false;
    const connect = () => {
      if (stopped || refused || port.current) return;
      const p = connectTyped<OverlayPortProtocol>(OVERLAY_PORT);
      port.current = p;
      p.onMessage((push) => {
        if (push.type === 'refused') {
          refused = true;
          setState({ kind: 'refused' });
        } else if (push.type === 'data') setState({ kind: 'ready', data: push.data });
      });
      p.onDisconnect(() => {
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

  const send = useCallback((request: OverlayPortRequest) => port.current?.post(request), []);
  return { state, send };
}
