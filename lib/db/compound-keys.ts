import type { IndexableType } from 'dexie';

/**
 * The keys of a two-string compound index ([periodStart+periodEnd], [label+month]) as pairs. Dexie types
 * index keys loosely (any IndexableType); these indexes only ever hold string pairs, and a key of another
 * shape (a hand-edited store) is left out rather than read as one.
 */
export function stringPairs(keys: readonly IndexableType[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of keys) {
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string') pairs.push([key[0], key[1]]);
  }
  return pairs;
}
