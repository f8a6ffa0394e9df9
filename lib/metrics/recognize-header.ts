import type { HeaderMatch } from '../model/metric-types';
import { METRICS, metricById } from '../model/metric-catalog';
import { AGENT_HEADERS, DATE_HEADERS, IGNORED_HEADERS } from './header-vocabulary';
import { analyzeHeader, normalizeHeader, resolveUnitHint } from './normalize-header';

const AGENT: HeaderMatch = Object.freeze({ type: 'agent' });
const IGNORE: HeaderMatch = Object.freeze({ type: 'ignore' });
const DATE: HeaderMatch = Object.freeze({ type: 'date' });
const UNKNOWN: HeaderMatch = Object.freeze({ type: 'unknown' });

/** Normalised name → a fixed match, or a metric id. Exact keys only: no substring guessing. */
const INDEX = new Map<string, HeaderMatch | string>();
function add(name: string, entry: HeaderMatch | string): void {
  const key = normalizeHeader(name);
  if (key !== '' && !INDEX.has(key)) INDEX.set(key, entry);
}
for (const m of METRICS) {
  for (const name of m.names) add(name, m.id);
  // Our own exports: the id is a header too (each metric's Chinese name is one of its names).
  add(m.id, m.id);
}
for (const h of AGENT_HEADERS) add(h, AGENT);
for (const h of IGNORED_HEADERS) add(h, IGNORE);
for (const h of DATE_HEADERS) add(h, DATE);

const CACHE_LIMIT = 2000;
const cache = new Map<string, HeaderMatch>();

/**
 * What a column holds, from its (leaf) header text. Exact match after normalisation; anything else is
 * `unknown`. A header that is empty after normalisation (checkbox, expander, icon-only) is `ignore`.
 * Results are cached per raw text and frozen: do not mutate them.
 */
export function recognizeHeader(text: string): HeaderMatch {
  const cached = cache.get(text);
  if (cached) return cached;
  const [normal, token] = analyzeHeader(text);
  let match: HeaderMatch;
  if (normal === '') match = IGNORE;
  else {
    const entry = INDEX.get(normal);
    if (entry === undefined) match = UNKNOWN;
    else if (typeof entry !== 'string') match = entry;
    else {
      const unitHint = resolveUnitHint(token, normal, metricById(entry)!.unit);
      match = Object.freeze({ type: 'metric', metricId: entry, unitHint });
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, match);
  return match;
}
