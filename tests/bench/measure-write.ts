import type { BrowserContext } from '@playwright/test';
import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_ORIGIN } from './support/paths';
import { serveBenchPages } from './support/serve-bench';
import { median } from './support/stats';

type Mode = 'capture-path' | 'raw-per-day' | 'raw-single';

interface WriteResult {
  mode: Mode;
  ms: number;
  wallMs: number;
  parseMs?: number;
  writeMs?: number;
  dayMs?: number[];
  recordsMs?: number;
  values: number;
  captures: number;
  leftoverDatabases: number;
}

export interface WriteOptions {
  days: number;
  agents: number;
  metrics: number;
  /** Rounds of (capture path, raw per day), alternating which goes first. */
  rounds: number;
  /** Also one bulkPut of all the days' records at once. */
  single: boolean;
}

async function runIn(context: BrowserContext, mode: Mode, options: WriteOptions): Promise<WriteResult> {
  await serveBenchPages(context);
  const page = await context.newPage();
  await page.goto(`${BENCH_ORIGIN}/write.html`);
  await page.waitForFunction(() => 'kefuBench' in window);
  return page.evaluate(
    (o) => (window as unknown as { kefuBench: { write(o: object): Promise<WriteResult> } }).kefuBench.write(o),
    { mode, days: options.days, agents: options.agents, metrics: options.metrics },
  );
}

/**
 * Days of captures through the capture path vs raw bulkPut, in Chromium. Each run gets a fresh browser
 * profile: an origin's databases share one LevelDB, so a deleted earlier run would still be compacting
 * under the next one.
 */
export async function measureWrite(launch: () => Promise<BenchBrowser>, options: WriteOptions) {
  const results: WriteResult[] = [];
  const modes: Mode[] = [];
  for (let r = 0; r < options.rounds; r++) modes.push(...((r % 2 ? ['raw-per-day', 'capture-path'] : ['capture-path', 'raw-per-day']) as Mode[]));
  if (options.single) modes.push('raw-single');
  for (const mode of modes) {
    const browser = await launch();
    try {
      results.push(await runIn(browser.context, mode, options));
    } finally {
      await browser.close();
    }
  }
  const of = (mode: Mode) => results.filter((x) => x.mode === mode);
  const expected = options.days * options.agents * options.metrics;
  const pathMs = median(of('capture-path').map((x) => x.ms));
  const rawMs = median(of('raw-per-day').map((x) => x.ms));
  const singleMs = options.single ? median(of('raw-single').map((x) => x.ms)) : undefined;
  return {
    ...options,
    values: expected,
    // Every run stored every value (the capture path also its log entries) and deleted its database.
    check: results.every((x) => x.values === expected && x.captures === (x.mode === 'capture-path' ? options.days : 0) && x.leftoverDatabases === 0),
    pathMs,
    parseMs: median(of('capture-path').map((x) => x.parseMs!)),
    writeMs: median(of('capture-path').map((x) => x.writeMs!)),
    rawMs,
    recordsMs: median(of('raw-per-day').map((x) => x.recordsMs!)),
    ratio: pathMs / rawMs,
    singleMs,
    ratioSingle: singleMs === undefined ? undefined : pathMs / singleMs,
    runs: results,
  };
}
