import type { BrowserContext, Request } from '@playwright/test';
import { CONSOLE_HOSTS } from '../../fixtures/route-consoles';

/**
 * Records every request the browser makes. Console pages (routed fixtures) may fetch their own assets;
 * anything else — above all a request from the extension's pages or service worker to a web host —
 * is a privacy failure. Off-fixture requests are aborted so nothing reaches the network.
 */
const LOCAL_SCHEMES = /^(?:chrome-extension|data|blob|about|chrome):/;

export async function guardNetwork(context: BrowserContext, options: { allowOrigins?: string[] } = {}): Promise<{ foreign: () => string[] }> {
  const foreign: string[] = [];
  // A test's own team-sync server (sync on): that origin only, and only when the test names it.
  const extra = (options.allowOrigins ?? []).map((origin) => origin.replace(/\/+$/, '') + '/');
  const allowed = (url: string) => LOCAL_SCHEMES.test(url) || CONSOLE_HOSTS.test(url) || extra.some((origin) => url.startsWith(origin));
  context.on('request', (request: Request) => {
    if (!allowed(request.url())) foreign.push(request.url());
  });
  await context.route(
    (url) => !allowed(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return { foreign: () => [...foreign] };
}
