/**
 * A table's identity across pagination, sorting, date changes and re-renders: where it lives (origin,
 * path, and the route of hash-routed apps — never the query, which carries dates and page numbers) and
 * which metrics it shows. Pages of one table and period therefore merge into one snapshot.
 */
export function tableKey(frameUrl: string, metrics: readonly string[]): string {
  let place = frameUrl;
  try {
    const url = new URL(frameUrl);
    const hashRoute = url.hash.startsWith('#/') ? url.hash.slice(1).split('?')[0] : '';
    place = `${url.origin}${url.pathname}${hashRoute ? `#${hashRoute}` : ''}`;
  } catch {
    // about:blank / srcdoc frames: their URL is already stable.
  }
  return `${place}|${[...metrics].sort().join(',')}`;
}
