export type SitePatternResult = { ok: true; pattern: string; origin: string } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' };

/**
 * Turns what a user types ("radar.example.com", "https://kf.example.cn/report?id=1", "*.example.com")
 * into a match pattern for one site: scheme + host + "/*". Paths and queries are dropped: a console's
 * tables move between paths and frames.
 */
export function sitePattern(input: string): SitePatternResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const wildcard = /^(https?:\/\/)\*\./i.exec(withScheme);
  let url: URL;
  try {
    url = new URL(wildcard ? withScheme.replace('*.', 'wildcard-placeholder.') : withScheme);
  } catch {
    // Not an address: the options page says so (siteInvalid) with what was typed.
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.') && url.hostname !== 'localhost') return { ok: false, reason: 'invalid' };
  const host = wildcard ? url.hostname.replace('wildcard-placeholder.', '*.') : url.hostname;
  const port = url.port ? `:${url.port}` : '';
  return { ok: true, pattern: `${url.protocol}//${host}/*`, origin: `${url.protocol}//${host}${port}` };
}
