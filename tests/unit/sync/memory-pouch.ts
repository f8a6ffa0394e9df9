import type { PouchStatic } from '../../../lib/sync/pouch-types';

/**
 * PouchDB for node tests: pouchdb-browser (the extension's build) with the memory adapter for mirrors,
 * since its IndexedDB adapter does not run on fake-indexeddb. pouchdb-browser reads `self`.
 */
(globalThis as { self?: unknown }).self ??= globalThis;
export const MemoryPouch = (await import('pouchdb-browser')).default as unknown as PouchStatic & { plugin(p: unknown): void };
// @ts-expect-error pouchdb-adapter-memory ships no types
MemoryPouch.plugin((await import('pouchdb-adapter-memory')).default);

let mirrors = 0;
/** A fresh memory database no other test sees. */
export function memoryMirror(label = 'mirror') {
  mirrors += 1;
  return new MemoryPouch(`${label}-${mirrors}-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' });
}
