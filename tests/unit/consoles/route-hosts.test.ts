import { describe, expect, it } from 'vitest';
import { CONSOLE_HOSTS } from '../../fixtures/route-consoles';
import { CONSOLES, consoleOfHost } from '../../../lib/consoles';
import { SCENARIOS } from '../../fixtures/scenarios/index';

// The e2e tests route exactly the registry's hosts to the fixtures (and the network guard allows only them).
describe('routeConsoles host pattern', () => {
  it.each(CONSOLES.flatMap((c) => c.hosts))('routes %s', (host) => {
    const real = host.replace(/^\*\./, 'kf.');
    expect(CONSOLE_HOSTS.test(`https://${real}/page?x=1`)).toBe(true);
    expect(CONSOLE_HOSTS.test(`https://${real}`)).toBe(true);
    expect(CONSOLE_HOSTS.test(`https://${real}:443/`)).toBe(true);
  });

  it.each(['https://evil-topchitu.com/', 'https://xi.jd.com.evil.cn/', 'http://sycm.taobao.com/', 'https://example.com/?u=https://sycm.taobao.com/', 'https://sycm.taobao.com:8443/'])('leaves %s alone', (url) => {
    expect(CONSOLE_HOSTS.test(url)).toBe(false);
  });

  // A scenario on another console's host would test the wrong console id end to end.
  it.each(SCENARIOS.map((s) => [s.id, s.url, s.console] as const))('scenario %s (%s) is routed and belongs to %s', (_id, url, consoleId) => {
    expect(CONSOLE_HOSTS.test(url)).toBe(true);
    expect(consoleOfHost(new URL(url).hostname)).toBe(consoleId);
  });
});
