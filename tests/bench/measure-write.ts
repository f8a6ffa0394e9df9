import type { BrowserContext } from '@playwright/test';
import { BENCH_ORIGIN } from './support/paths';
import { median } from './support/stats';

type Mode = 'capture-path' | 'raw-per-day' | 'raw-single';

interface WriteResult {
  mode: Mode;
  ms: number;
  wallMs: number;
  parseMs?: number;
  writeMs?: number;
  values: number;
  captures: number;
}

export interface WriteOptions {
  days: number;
  agents: number;
  metrics: number;
  /** Rounds of (capture path, raw per day), alternating which goes first. */
  rounds: number;
  /** Also one bulkPut of the whole year (needs ~1 GB of renderer memory). */
  single: boolean;
}

/** A year of captures through the capture path vs raw bulkPut, each in a fresh database, in Chromium. */
export async function measureWrite(context: BrowserContext, options: WriteOptions) {
  const page = await context.newPage();
  const run = async (mode: Mode): Promise<WriteResult> => {
    // A fresh page per run: no heap left over from the previous one.
    await page.goto(`${BENCH_ORIGIN}/write.html`);
    await page.waitForFunction(() => 'kefuBench' in window);
    return page.evaluate(
      (o) => (window as unknown as { kefuBench: { write(o: object): Promise<WriteResult> } }).kefuBench.write(o),
      { mode, days: options.days, agents: options.agents, metrics: options.metrics },
    );
  };
  try {
    const results: WriteResult[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const order: Mode[] = r % 2 ? ['raw-per-day', 'capture-path'] : ['capture-path', 'raw-per-day'];
      for (const mode of order) results.push(await run(mode));
    }
    if (options.single) results.push(await run('raw-single'));
    const of = (mode: Mode) => results.filter((x) => x.mode === mode);
    const expected = options.days * options.agents * options.metrics;
    const pathMs = median(of('capture-path').map((x) => x.ms));
    const rawMs = median(of('raw-per-day').map((x) => x.ms));
    const singleMs = options.single ? median(of('raw-single').map((x) => x.ms)) : undefined;
    return {
      values: expected,
      // Every run stored every value (and the capture path its log entries): a failed write cannot look fast.
      check: results.every((x) => x.values === expected && x.captures === (x.mode === 'capture-path' ? options.days : 0)),
      pathMs,
      parseMs: median(of('capture-path').map((x) => x.parseMs!)),
      writeMs: median(of('capture-path').map((x) => x.writeMs!)),
      rawMs,
      ratio: pathMs / rawMs,
      singleMs,
      ratioSingle: singleMs === undefined ? undefined : pathMs / singleMs,
      runs: results,
    };
  } finally {
    await page.close();
  }
}
