/** The seeding script of the side-panel benchmark as one IIFE, evaluated inside an extension page. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { BENCH_SEED_DIST } from './support/paths.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: BENCH_SEED_DIST,
    emptyOutDir: true,
    reportCompressedSize: false,
    minify: false,
    lib: { entry: path.join(here, 'src/seed-extension.ts'), formats: ['iife'], name: 'kefuSeedBundle', fileName: () => 'seed.js' },
  },
});
