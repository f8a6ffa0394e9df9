import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_ORIGIN } from './support/paths';
import { serveBenchPages } from './support/serve-bench';

export interface UpgradeOptions {
  days: number;
  agents: number;
  metrics: number;
}

interface UpgradePageResult {
  oldValues: number;
  oldWriteMs: number;
  upgradeMs: number;
  values: number;
  records: number;
  agentValues: number;
  expectedAgentValues: number;
}

/** The version-2 → 3 upgrade of a store of `days` of captures, in a fresh Chromium profile. */
export async function measureUpgrade(launch: () => Promise<BenchBrowser>, options: UpgradeOptions) {
  const browser = await launch();
  try {
    await serveBenchPages(browser.context);
    const page = await browser.context.newPage();
    await page.goto(`${BENCH_ORIGIN}/upgrade.html`);
    await page.waitForFunction(() => 'kefuBench' in window);
    const r = await page.evaluate(
      (o) => (window as unknown as { kefuBench: { upgrade(o: object): Promise<UpgradePageResult> } }).kefuBench.upgrade(o),
      options,
    );
    const expected = options.days * options.agents * options.metrics;
    return { ...options, ...r, expected, check: r.oldValues === expected && r.values === expected && r.agentValues === r.expectedAgentValues };
  } finally {
    await browser.close();
  }
}
