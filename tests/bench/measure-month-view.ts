import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_SEED_DIST } from './support/paths';
import { median } from './support/stats';

/**
 * The side panel's month view (issue 12): `small` and then `large` 售前 agents with a year of daily data
 * (the month view's metrics: the presale scheme's and the volumes), seeded as month records into a fresh
 * profile per size. Per open: navigation to `#month` → the first `[data-testid="month-row"]` in the DOM
 * (this month so far, the default), and → the changes against the previous month filled in.
 */

export interface MonthViewOptions {
  small: number;
  large: number;
  days: number;
  opens: number;
}

const METRICS = ['online_duration', 'reply_rate', 'first_response_time', 'avg_response_time', 'consult_count', 'reception_count', 'inquiry_count', 'paid_count', 'sales_amount'];
type SeedApi = { kefuSeed: { seedMonths(o: object): Promise<{ values: number; records: number; ms: number }> } };

async function poll<T>(page: Page, what: string, probe: () => T | null): Promise<T> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const value = await page.evaluate(probe).catch(() => null);
    if (value !== null) return value as T;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${what}: nothing within 120 s`);
}

async function openMonth(page: Page, base: string): Promise<{ firstRowMs: number; changesMs: number; rows: number }> {
  await page.goto('about:blank');
  await page.goto(`${base}/sidepanel.html#month`, { waitUntil: 'commit' });
  const firstRowMs = await poll(page, 'month rows', () => (document.querySelector('[data-testid="month-row"]') ? performance.now() : null));
  const changesMs = await poll(page, 'changes', () => (document.querySelector('[data-testid="month-table"][data-changes="ready"]') ? performance.now() : null));
  const rows = await page.evaluate(() => Number(document.querySelector('[data-testid="month-count"]')?.textContent?.replaceAll(',', '').match(/\d+/g)?.[1] ?? 0));
  return { firstRowMs, changesMs, rows };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function measureSize(launch: () => Promise<BenchBrowser>, agents: number, o: MonthViewOptions) {
  const browser = await launch();
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 480, height: 900 });
    await page.goto(`${base}/_locales/zh_CN/messages.json`);
    const seedFile = path.join(BENCH_SEED_DIST, 'seed.js');
    if (!existsSync(seedFile)) throw new Error(`${seedFile} is missing: run node tests/bench/run-bench.mjs`);
    await page.evaluate(readFileSync(seedFile, 'utf8'));
    // A year of days up to yesterday: this month so far and last month are both full of data.
    const days = Array.from({ length: o.days }, (_, i) => isoDay(Date.now() - (o.days - i) * 86_400_000));
    const seeded = await page.evaluate((opts) => (window as unknown as SeedApi).kefuSeed.seedMonths(opts), { agents, days, metrics: METRICS });
    await openMonth(page, base); // warms the disk cache
    const opens = [];
    for (let i = 0; i < o.opens; i++) opens.push(await openMonth(page, base));
    return { agents, ...seeded, firstRowMs: opens.map((x) => x.firstRowMs), changesMs: opens.map((x) => x.changesMs), rowsShown: opens[0]?.rows ?? 0 };
  } finally {
    await browser.close();
  }
}

export async function measureMonthView(launch: () => Promise<BenchBrowser>, o: MonthViewOptions) {
  const small = await measureSize(launch, o.small, o);
  const large = await measureSize(launch, o.large, o);
  const firstRow = { small: median(small.firstRowMs), large: median(large.firstRowMs) };
  return { ...o, small, large, firstRowMedianMs: firstRow, ratio: firstRow.large / firstRow.small, check: small.rowsShown === o.small && large.rowsShown === o.large };
}
