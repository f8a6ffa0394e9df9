// `npm run bench` after the extension and fixture builds: builds the bench pages, then runs the
// benchmark under Playwright's runner (it compiles the TypeScript the bench shares with the e2e tests).
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

await build({ configFile: 'tests/bench/vite.config.ts' });
await build({ configFile: 'tests/bench/vite.seed.config.ts' });
const run = spawnSync('npx', ['playwright', 'test', '--config', 'tests/bench/bench.config.ts'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
