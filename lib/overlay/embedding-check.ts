import { originMatchesPattern } from '../sites';

/**
 * The overlay page is web-accessible (the console must be able to frame it), so any site the manifest
 * lets frame it could. Its data goes only to frames whose top page is a console host or a site the user
 * added (lib/background/serve-overlay-port.ts checks the tab's address with these helpers).
 */

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
