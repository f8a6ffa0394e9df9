import type { BrowserContext } from '@playwright/test';
import { cpuProfile, isIdle, totals } from './support/cpu-profile';
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

type Bench = { kefuBench: { measure(o: object): Promise<PageResult>; repeat(n: number): void } };

/**
 * scanDocument on the fixture's big table vs reading every cell's text once, timed in the page; then a
 * CPU profile of `profileRuns` extractions, by function (a native call is named with its caller).
 */
export async function measureCapture(context: BrowserContext, options = { rows: 1000, cols: 30, warmup: 5, runs: 25, profileRuns: 10 }) {
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/capture.html?rows=${options.rows}&cols=${options.cols}`);
    await page.waitForFunction(() => 'kefuBench' in window);
    const r = await page.evaluate((o) => (window as unknown as Bench).kefuBench.measure(o), { warmup: options.warmup, runs: options.runs });
    const cdp = await context.newCDPSession(page);
    const samples = await cpuProfile(cdp, () => page.evaluate((n) => (window as unknown as Bench).kefuBench.repeat(n), options.profileRuns), 100);
    await cdp.detach();
    const perRun = (ms: number) => ms / options.profileRuns;
    const profile = totals(
      samples.filter((s) => !isIdle(s)),
      (s) => {
        const name = s.leaf.functionName || (s.leaf.url ? '(anonymous)' : '(native)');
        return s.leaf.url || name.startsWith('(') ? name : `${name} ← ${s.owner?.functionName || '?'}`;
      },
      10,
    ).map((t) => ({ fn: t.key, msPerRun: perRun(t.ms) }));
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
      // The fastest runs: what a quiet machine does (the medians include other processes' interference).
      minExtractMs: Math.min(...r.extract),
      minReadMs: Math.min(...r.readText),
      extractSpread: spread(r.extract),
      readSpread: spread(r.readText),
      profile,
      runs: { extract: r.extract, readText: r.readText },
    };
  } finally {
    await page.close();
  }
}
