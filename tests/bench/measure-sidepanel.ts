import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../e2e/support/chromium-path';
import { BENCH_SEED_DIST, EXTENSION_SNAPSHOT, SIDEPANEL_PROFILE } from './support/paths';
import { agentSwitchMs } from './support/agent-switch';

/**
 * The side panel with a year stored (the 1 year × 50 agents × 25 metrics): how long from opening
 * sidepanel.html until the first chart is drawn, and from choosing another agent until that agent's first
 * chart is drawn. The app marks both (performance.mark 'kefu:first-chart', and 'kefu:agent-switch-start' →
 * 'kefu:agent-switched'); opening is measured from navigation start of a fresh page load.
 */

export interface SidepanelOptions {
  days: number;
  agents: number;
  metrics: number;
  opens: number;
  switches: number;
}

export interface SidepanelResult {
  values: number;
  seededNow: boolean;
  seedMs: number | null;
  openMs: number[];
  teamOpenMs: number[];
  switchMs: number[];
  check: { ok: boolean; detail: string };
}

type SeedApi = { kefuSeed: { seed(o: object): Promise<{ values: number; ms: number }>; count(): Promise<number> } };

const agentKey = (i: number) => `安踏官方旗舰店:客服${String(i + 1).padStart(2, '0')}`;

/** How often the opening is polled: a plain evaluate costs the page well under a millisecond. */
const POLL_MS = 20;

async function firstChartMs(page: Page, url: string): Promise<number> {
  // Through about:blank: a URL that differs only by its hash would not load the page again.
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  // Polled with plain evaluates, not waitForFunction: that installs Playwright's injected script in the
  // page (≈60 ms of parsing in a trace) while the panel boots, time no user's panel spends.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const at = await page.evaluate(() => performance.getEntriesByName('kefu:first-chart')[0]?.startTime ?? null).catch(() => null);
    if (at !== null) return at;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`no first chart within 60 s of opening ${url}`);
}


export async function measureSidepanel(o: SidepanelOptions): Promise<SidepanelResult> {
  mkdirSync(SIDEPANEL_PROFILE, { recursive: true });
  const context = await chromium.launchPersistentContext(SIDEPANEL_PROFILE, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    args: ['--headless=new', ...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_SNAPSHOT}`, `--load-extension=${EXTENSION_SNAPSHOT}`],
    locale: 'zh-CN',
    viewport: { width: 480, height: 900 }, // a side panel is narrow
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const page = await context.newPage();

    // Any extension document will do for seeding: it shares the extension origin's IndexedDB.
    await page.goto(`${base}/_locales/zh_CN/messages.json`);
    const seedFile = path.join(BENCH_SEED_DIST, 'seed.js');
    if (!existsSync(seedFile)) throw new Error(`${seedFile} is missing: run node tests/bench/run-bench.mjs`);
    await page.evaluate(readFileSync(seedFile, 'utf8'));
    const expected = o.days * (o.agents + 1) * o.metrics; // agents plus the 均值 row
    let values = await page.evaluate(() => (window as unknown as SeedApi).kefuSeed.count());
    let seedMs: number | null = null;
    const seededNow = values !== expected;
    if (seededNow) {
      if (values !== 0) throw new Error(`${SIDEPANEL_PROFILE} holds ${values} values, not ${expected}: delete it to reseed`);
      console.log(`[bench] seeding ${expected.toLocaleString('en-US')} values into the extension (kept in ${SIDEPANEL_PROFILE} for later runs)…`);
      const seeded = await page.evaluate((opts) => (window as unknown as SeedApi).kefuSeed.seed(opts), o);
      values = seeded.values;
      seedMs = seeded.ms;
    }

    const openMs: number[] = [];
    const teamOpenMs: number[] = [];
    const switches: number[] = [];
    // A first, unmeasured open warms the disk cache the way a user's second open is warm; then alternate.
    await firstChartMs(page, `${base}/sidepanel.html#agent=${encodeURIComponent(agentKey(0))}`);
    for (let i = 0; i < o.opens; i++) {
      openMs.push(await firstChartMs(page, `${base}/sidepanel.html#agent=${encodeURIComponent(agentKey(i % o.agents))}`));
    }
    for (let i = 0; i < o.switches; i++) switches.push(await agentSwitchMs(page, agentKey((i * 7 + 3) % o.agents)));

    // What the chart shows must be the agent's year, or a fast answer means nothing.
    const chart = page.getByTestId('trend-chart').first();
    // data-rendered is set once the chart holds the whole year (the second read).
    const rendered = await chart
      .and(page.locator('[data-rendered="true"]'))
      .waitFor({ timeout: 30_000 })
      .then(() => true, () => false);
    const shown = await page.getByTestId('agent-select').inputValue();
    const check = {
      ok: values === expected && rendered && shown === agentKey(((o.switches - 1) * 7 + 3) % o.agents),
      detail: `values ${values}/${expected}, chart rendered ${rendered}, agent shown ${shown}`,
    };

    // The team view has no chart: its figure is the time to the table's first row, for the record.
    for (let i = 0; i < Math.min(3, o.opens); i++) {
      const t0 = Date.now();
      await page.goto(`${base}/sidepanel.html#team`);
      await page.getByTestId('team-row').first().waitFor({ timeout: 60_000 });
      teamOpenMs.push(Date.now() - t0);
    }
    return { values, seededNow, seedMs, openMs, teamOpenMs, switchMs: switches, check };
  } finally {
    await context.close();
  }
}
