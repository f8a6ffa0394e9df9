import type { BrowserContext } from '@playwright/test';
import { BENCH_ORIGIN } from './support/paths';
import { median, spread } from './support/stats';

interface PageResult {
  rows: number;
  cols: number;
  cells: number;
  coldExtractMs: number;
  check: { ok: boolean; tables: number; metrics: number; agentRows: number; benchmarkRows: number; wrongValues: number; firstProblem: string };
  extract: number[];
  readText: number[];
}

/** scanDocument on the fixture's big table vs reading every cell's text once, timed in the page. */
export async function measureCapture(context: BrowserContext, options = { rows: 1000, cols: 30, warmup: 5, runs: 15 }) {
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/capture.html?rows=${options.rows}&cols=${options.cols}`);
    await page.waitForFunction(() => 'kefuBench' in window);
    const r = await page.evaluate(
      (o) => (window as unknown as { kefuBench: { measure(o: object): Promise<PageResult> } }).kefuBench.measure(o),
      { warmup: options.warmup, runs: options.runs },
    );
    const extractMs = median(r.extract);
    const readMs = median(r.readText);
    return {
      rows: r.rows,
      cols: r.cols,
      cells: r.cells,
      check: r.check,
      coldExtractMs: r.coldExtractMs,
      extractMs,
      readMs,
      ratio: extractMs / readMs,
      extractSpread: spread(r.extract),
      readSpread: spread(r.readText),
      runs: { extract: r.extract, readText: r.readText },
    };
  } finally {
    await page.close();
  }
}
