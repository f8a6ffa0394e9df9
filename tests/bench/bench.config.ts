import { defineConfig } from '@playwright/test';

// The benchmark (tests/bench/run-bench.mjs): one long test that prints figures, on the built extension.
export default defineConfig({
  testDir: '.',
  testMatch: 'run.bench.ts',
  timeout: 15 * 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../bench-results/test-output',
});
