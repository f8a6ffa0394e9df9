/**
 * Builds the bench pages (tests/bench/pages/*.html) with the real lib code into an ignored cache
 * folder, served by serveBenchPages() on a routed origin. Not minified, so CPU profiles name the lib's
 * functions (V8 runs minified and plain code alike).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { BENCH_DIST } from './support/paths.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const pagesDir = path.join(here, 'pages');

const inputs = Object.fromEntries(
  readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.slice(0, -'.html'.length), path.join(pagesDir, f)]),
);

export default defineConfig({
  root: pagesDir,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  appType: 'mpa',
  build: {
    outDir: BENCH_DIST,
    emptyOutDir: true,
    assetsDir: 'assets',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    minify: false,
    sourcemap: false,
    rolldownOptions: { input: inputs },
  },
});
