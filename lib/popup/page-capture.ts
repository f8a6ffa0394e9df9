import { CONSOLE_MATCHES } from '../model';
import type { KefuDatabase } from '../db';
import type { CaptureRecord } from '../model/schemas';
import { originMatchesPattern } from '../sites';

/** Origin and path of a web address (query and hash dropped: consoles put filters and dates there); null if not http(s). */
export function pageKey(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}

/** A capture belongs to a page when its page or its frame has the page's origin and path. */
export function captureIsFromPage(capture: Pick<CaptureRecord, 'source'>, key: string): boolean {
  return pageKey(capture.source.pageUrl) === key || pageKey(capture.source.frameUrl) === key;
}

/**
 * The latest capture from a page: the log walked newest first (capturedAt index) until one matches, so
 * the usual case, a page captured a moment ago, reads one or two records.
 */
export async function latestCaptureOfPage(db: KefuDatabase, url: string | undefined): Promise<CaptureRecord | null> {
  const key = pageKey(url);
  if (key === null) return null;
  const found = await db.captures
    .orderBy('capturedAt')
    .reverse()
    .filter((c) => c.origin === 'capture' && captureIsFromPage(c, key))
    .first();
  return found ?? null;
}

/** Where the content script already runs: a default console host or a site the user added. */
export function isCapturedSite(url: string, userPatterns: readonly string[]): boolean {
  const key = pageKey(url);
  if (key === null) return false;
  const origin = new URL(url).origin;
  return [...CONSOLE_MATCHES, ...userPatterns].some((p) => originMatchesPattern(origin, p));
}
