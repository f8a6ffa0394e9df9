import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * True when `origin` (`https://kf.topchitu.com`) is matched by a match pattern's scheme and host
 * (`https://*.topchitu.com/*`), as the browser matches the manifest's patterns. A pattern or origin that
 * cannot be read matches nothing.
 */
export function originMatchesPattern(origin: string, pattern: string): boolean {
  try {
    // Hosts are case-insensitive: MatchPattern compares them as written, and lower-cases only the URL's.
    // A string, not a URL: includes() tests `instanceof Location`, which throws where there is no DOM.
    return new MatchPattern(pattern.toLowerCase()).includes(origin);
  } catch {
    return false;
  }
}
