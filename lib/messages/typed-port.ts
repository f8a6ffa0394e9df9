import type { Browser } from 'wxt/browser';

/**
 * A runtime.Port typed by a port protocol (`toPage` / `toBackground`, see protocol.ts), for an extension
 * page: what it posts must be the protocol's, and what arrives is the protocol's. @webext-core/messaging
 * has no long-lived ports, hence this small wrapper of the same map idea.
 */
export interface TypedPort<Out, In> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

export function typedPort<P extends { toPage: unknown; toBackground: unknown }>(port: Browser.runtime.Port): TypedPort<P['toBackground'], P['toPage']> {
  return {
    post: (message) => port.postMessage(message),
    // The page's port ends in the extension's own background (checked there with zod, and only the
    // extension can answer a runtime.connect), so what arrives is taken as the protocol says.
    onMessage: (listener) => port.onMessage.addListener((message: P['toPage']) => listener(message)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

/** Opens the named port to the background, typed by its protocol. */
export function connectTyped<P extends { toPage: unknown; toBackground: unknown }>(name: string): TypedPort<P['toBackground'], P['toPage']> {
  return typedPort<P>(browser.runtime.connect({ name }));
}
