/**
 * The overlay page is web-accessible (the console must be able to frame it), so any site the manifest
 * lets frame it could. Its data goes only to frames whose top page is a console host or a site the user
 * added (lib/background/serve-overlay-port.ts checks the tab's address with these helpers).
 */

/** True when `origin` (`https://kf.topchitu.com`) is matched by a match pattern's scheme and host (`https://*.topchitu.com/*`). */
export function originMatchesPattern(origin: string, pattern: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//i.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const scheme = m[1]!.toLowerCase();
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'https' && protocol !== 'http' : protocol !== scheme) return false;
  const host = m[2]!.toLowerCase().replace(/:\d+$/, '');
  const actual = url.hostname.toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return actual === base || actual.endsWith(`.${base}`);
  }
  return actual === host;
}

/**
 * Whether a page framed under `topOrigin` may show the overlay. `topOrigin` undefined = the caller
 * does not know it: allowed, the background's check decides.
 */
export function embeddingAllowed(topOrigin: string | undefined, patterns: readonly string[]): boolean {
  if (topOrigin === undefined) return true;
  return patterns.some((p) => originMatchesPattern(topOrigin, p));
}

/** The top-level origin of this document's frame tree, when the browser exposes it. */
export function topOriginOf(location: Location): string | undefined {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (!ancestors || ancestors.length === 0) return undefined;
  return ancestors.item(ancestors.length - 1) ?? undefined;
}
