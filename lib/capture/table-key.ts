/**
 * A table's identity across pagination, sorting, date changes and re-renders: where it lives (origin,
 * path, and the route of hash-routed apps — never the query, which carries dates and page numbers) and
 * which metrics it shows. Pages of one table and period therefore merge into one snapshot. The metric
 * set is kept as a short digest: the key is part of every stored value's id, and a readable list of 30
 * metric ids would make each id several hundred characters long.
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
  return `${place}|m${metrics.length}-${fnv1a([...metrics].sort().join(','))}`;
}

/** Where a table key's table lives: the key without its metric-set digest. */
export function tablePlace(key: string): string {
  const i = key.lastIndexOf('|m');
  return i < 0 ? key : key.slice(0, i);
}

/** 32-bit FNV-1a in hex: a collision would only merge two tables' snapshots, never their values (keyed by metric). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
