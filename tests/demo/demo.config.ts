import { defineConfig } from '@playwright/test';

// `npm run demo`: one long "test" that opens the simulated consoles with the extension (tests/demo/demo.run.ts).
export default defineConfig({
  testDir: '.',
  testMatch: 'demo.run.ts',
  timeout: 0,
  workers: 1,
  retries: 0,
  reporter: [['line']],
  outputDir: '../../test-results/demo',
});
