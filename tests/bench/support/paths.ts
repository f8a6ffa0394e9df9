import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where tests/bench/vite.config.ts puts the bench pages: an ignored cache, not a tracked folder. */
export const BENCH_DIST = path.join(root, 'node_modules/.cache/kefu-bench');
/** The side-panel benchmark's seeding script (tests/bench/vite.seed.config.ts). */
export const BENCH_SEED_DIST = path.join(root, 'node_modules/.cache/kefu-bench-seed');
/**
 * A browser profile holding a seeded year, kept between runs: writing 456,250 values takes minutes on
 * this kind of VM. Valid as long as the extension loads from EXTENSION_SNAPSHOT (same path, same id).
 */
export const SIDEPANEL_PROFILE = path.join(root, 'bench-results/sidepanel-profile');
export const RESULTS_DIR = path.join(root, 'bench-results');
export const BUILT_EXTENSION = path.join(root, '.output/chrome-mv3');
/**
 * The build the benchmark measures, copied at its start: others may rebuild .output meanwhile, and size,
 * loaded extension and profile positions must all be of one build.
 */
export const EXTENSION_SNAPSHOT = path.join(root, 'node_modules/.cache/kefu-bench-extension');
export const CONTENT_SCRIPT = path.join(EXTENSION_SNAPSHOT, 'content-scripts/content.js');
/** A made-up origin, answered by Playwright routing: no server, no network, a real origin for IndexedDB. */
export const BENCH_ORIGIN = 'https://bench.kefu.test';
