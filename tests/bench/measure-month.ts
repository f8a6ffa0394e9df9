import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_ORIGIN } from './support/paths';
import { serveBenchPages } from './support/serve-bench';
import { median } from './support/stats';

export interface MonthOptions {
  small: number;
  large: number;
  metrics: number;
  months: number;
  month: string;
  runs: number;
}

interface MonthPageResult {
  seedMs: number;
  values: number;
  records: number;
  rawReadMs: number[];
  monthOnlyMs: number[];
  readMs: number[];
  aggregateMs: number[];
  agentsDone: number;
  rowsRead: number;
  consult: number | null;
  expectedConsult: number;
}

/**
 * Month values of a team (issue 12), without a view: readMonthRows for the month and the previous one,
 * then monthValues for every agent in both; `small` and `large` agents, each in a fresh page's database.
 */
export async function measureMonth(launch: () => Promise<BenchBrowser>, o: MonthOptions) {
  const browser = await launch();
  try {
    await serveBenchPages(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${BENCH_ORIGIN}/month.html`);
    await page.waitForFunction(() => 'kefuBench' in window);
    const at = (agents: number) =>
      page.evaluate((p) => (window as unknown as { kefuBench: { month(p: object): Promise<MonthPageResult> } }).kefuBench.month(p), { agents, metrics: o.metrics, months: o.months, month: o.month, runs: o.runs });
    const sizes = [];
    for (const agents of [o.small, o.large]) {
      const r = await at(agents);
      const totalMs = r.readMs.map((ms, i) => ms + r.aggregateMs[i]!);
      sizes.push({ agents, ...r, medianMs: { read: median(r.readMs), aggregate: median(r.aggregateMs), total: median(totalMs) }, check: r.agentsDone === agents && r.consult === r.expectedConsult });
    }
    const [small, large] = sizes as [(typeof sizes)[0], (typeof sizes)[0]];
    return { ...o, small, large, ratio: large.medianMs.total / small.medianMs.total, check: small.check && large.check };
  } finally {
    await browser.close();
  }
}
