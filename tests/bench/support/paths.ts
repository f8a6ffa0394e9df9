import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where tests/bench/vite.config.ts puts the bench pages: an ignored cache, not a tracked folder. */
export const BENCH_DIST = path.join(root, 'node_modules/.cache/kefu-bench');
export const RESULTS_DIR = path.join(root, 'bench-results');
export const CONTENT_SCRIPT = path.join(root, '.output/chrome-mv3/content-scripts/content.js');
/** A made-up origin, answered by Playwright routing: no server, no network, a real origin for IndexedDB. */
export const BENCH_ORIGIN = 'https://bench.kefu.test';
