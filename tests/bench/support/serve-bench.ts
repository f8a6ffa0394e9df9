import type { BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentType } from '../../fixtures/route-consoles';
import { BENCH_DIST, BENCH_ORIGIN } from './paths';

/**
 * Serves the built bench pages on BENCH_ORIGIN through routing (query ignored); another origin (a
 * console host, where the extension's content scripts run) serves them the same way.
 */
export async function serveBenchPages(context: BrowserContext, origin: string = BENCH_ORIGIN): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const rel = path.posix.normalize(new URL(route.request().url()).pathname).replace(/^\/+/, '');
    if (rel.includes('..')) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(path.join(BENCH_DIST, rel));
      await route.fulfill({ status: 200, contentType: contentType(rel), body });
    } catch {
      await route.fulfill({ status: 404, body: `${rel} is not built: run node tests/bench/run-bench.mjs` });
    }
  });
}
