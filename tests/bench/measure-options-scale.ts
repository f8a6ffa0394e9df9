import type { Page } from '@playwright/test';
import type { BenchBrowser } from './support/launch-chromium';
import { median } from './support/stats';

/**
 * The options page with a large team (issue 11): a week of 6 metrics for `agents` agents over 10 shops,
 * imported through the page's own CSV import (the export format), then the page opened again `opens`
 * times. Each open is timed from navigation start to "the export button is clickable": the button is
 * there and enabled, the stats and the agents list have loaded, and the page's main thread answers (the
 * probe is an evaluate, which runs only between the page's tasks). Then the page's DOM elements are
 * counted. Run for 50 agents and for 1,000 in fresh browsers, the ratios of the two are the figures.
 */

export const OPTIONS_SCALE_METRICS = ['reply_rate', 'response_rate_3min', 'avg_response_time', 'inquiry_conversion_rate', 'sales_amount', 'positive_review_rate'] as const;
export const OPTIONS_SCALE_SHOPS = 10;
export const OPTIONS_SCALE_DAYS = 7;
const FIRST_DAY = Date.UTC(2026, 10, 16); // Mon 2026-11-16

/** The CSV export of a week: agent i is `店铺{i % 10}:客服{i}`, so every shop holds a tenth of the team. */
export function teamWeekCsv(agents: number): string {
  const lines = ['period_start,period_end,agent,metric,value'];
  for (let d = 0; d < OPTIONS_SCALE_DAYS; d++) {
    const day = new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < agents; i++) {
      const agent = `店铺${String.fromCharCode(65 + (i % OPTIONS_SCALE_SHOPS))}:客服${String(i).padStart(4, '0')}`;
      OPTIONS_SCALE_METRICS.forEach((metric, m) => lines.push(`${day},${day},${agent},${metric},${((i * 7 + d * 3 + m) % 50) + 50}`));
    }
  }
  return lines.join('\n');
}

export interface OptionsLoad {
  /** Navigation start → the export button is clickable with the data shown (ms). */
  interactiveMs: number;
  /** document.getElementsByTagName('*').length once the page has settled. */
  elements: number;
  /** What the page says: the stored agent count and the agents list's total. */
  statAgents: string;
  listTotal: string;
}

export interface OptionsScaleRun {
  agents: number;
  values: number;
  csvBytes: number;
  importMs: number;
  loads: OptionsLoad[];
  interactiveMs: number;
  elements: number;
  check: boolean;
}

const POLL_MS = 20;

/** The page's own clock when it is ready, or null: run in the page by a plain evaluate. */
function readyAt(): number | null {
  const button = document.querySelector<HTMLButtonElement>('[data-testid="export-csv"]');
  const stat = document.querySelector('[data-testid="stat-agents"]');
  const listed = document.querySelector('[data-testid="agent-row"]');
  return button && !button.disabled && stat && stat.textContent !== '…' && listed ? performance.now() : null;
}

async function openOnce(page: Page, url: string): Promise<OptionsLoad> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  // Plain evaluates, not waitForFunction, which installs Playwright's injected script while the page boots.
  const deadline = Date.now() + 180_000;
  let interactiveMs: number | null = null;
  while (interactiveMs === null) {
    if (Date.now() > deadline) throw new Error(`options page not interactive within 180 s (${url})`);
    interactiveMs = await page.evaluate(readyAt).catch(() => null);
    if (interactiveMs === null) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  // Let late live-query answers land before counting what the page holds.
  await page.waitForTimeout(1000);
  const counted = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    statAgents: document.querySelector('[data-testid="stat-agents"]')?.textContent ?? '',
    listTotal: document.querySelector<HTMLElement>('[data-testid="agent-count"]')?.dataset.total ?? '',
  }));
  return { interactiveMs, ...counted };
}

export async function measureOptionsRun(launch: () => Promise<BenchBrowser>, agents: number, opens: number): Promise<OptionsScaleRun> {
  const csv = teamWeekCsv(agents);
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const url = `chrome-extension://${browser.extensionId}/options.html`;
    await page.goto(url);
    const t0 = Date.now();
    await page.getByTestId('import-file').setInputFiles({ name: `team-${agents}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.locator('[data-testid="import-result"][data-status]').waitFor({ timeout: 300_000 });
    const importMs = Date.now() - t0;
    const status = await page.getByTestId('import-result').getAttribute('data-status');
    if (status !== 'ok') throw new Error(`import of ${agents} agents failed: ${await page.getByTestId('import-result').textContent()}`);

    // One unmeasured open warms the disk cache, as a user's second visit is warm.
    await openOnce(page, url);
    const loads: OptionsLoad[] = [];
    for (let i = 0; i < opens; i++) loads.push(await openOnce(page, url));
    const values = agents * OPTIONS_SCALE_DAYS * OPTIONS_SCALE_METRICS.length;
    return {
      agents,
      values,
      csvBytes: Buffer.byteLength(csv),
      importMs,
      loads,
      interactiveMs: median(loads.map((l) => l.interactiveMs)),
      elements: median(loads.map((l) => l.elements)),
      // A fast page that lost agents means nothing: the stats and the list must both count the whole team.
      check: loads.every((l) => l.statAgents === agents.toLocaleString('zh-CN') && l.listTotal === String(agents)),
    };
  } finally {
    await browser.close();
  }
}

/** 50 agents, then 1,000, each in a fresh browser with the extension; ratios 1,000 / 50. */
export async function measureOptionsScale(launch: () => Promise<BenchBrowser>, o: { small: number; large: number; opens: number }) {
  const small = await measureOptionsRun(launch, o.small, o.opens);
  const large = await measureOptionsRun(launch, o.large, o.opens);
  return {
    small,
    large,
    timeRatio: large.interactiveMs / small.interactiveMs,
    elementRatio: large.elements / small.elements,
    check: small.check && large.check,
  };
}
