import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shopName, teamAgentKey } from './src/team-of-shops';
import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_SEED_DIST } from './support/paths';
import { median } from './support/stats';
import { agentSwitchMs } from './support/agent-switch';

/**
 * The side panel's team view with an outsourcing team (issue 11): `small` and then `large` agents over
 * `shops` shops, `days` days of 6 metrics each, seeded through writeCapture (tests/bench/src/team-of-shops.ts)
 * into a fresh profile per size. For each size: navigation → first team row in the DOM, and the DOM's
 * element count once the view has settled; at the large size the median time of sorting by a column,
 * choosing a shop and searching, each from the event to the frame that shows the result. The agent view
 * with its picker is measured too (the first chart, its DOM, and a switch through the picker).
 */

export interface TeamScaleOptions {
  small: number;
  large: number;
  shops: number;
  days: number;
  opens: number;
  /** Rounds of interactions at the large size (each: a sort, a shop and back, a search and its clearing). */
  rounds: number;
}

interface SizeResult {
  agents: number;
  values: number;
  seedMs: number;
  /** Navigation start → the first team row in the DOM, per open. */
  openMs: number[];
  domElements: number;
  rowsInDom: number;
  /** The agent view: navigation → its first chart; DOM elements once the picker holds every agent. */
  agentOpenMs: number[];
  agentDomElements: number;
  pickerOptions: number;
  agentSwitchMs: number[];
}

type SeedApi = { kefuSeed: { seedTeam(o: object): Promise<{ values: number; profiles: number; ms: number }> } };

const POLL_MS = 20;
/** The view fills in after its first rows (alerts, the coverage calendar): counted once it is quiet. */
const SETTLE_MS = 1500;

async function poll<T>(page: Page, what: string, probe: () => T | null): Promise<T> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const value = await page.evaluate(probe).catch(() => null);
    if (value !== null) return value as T;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${what}: nothing within 90 s`);
}

/** Navigation start → a team row in the DOM (polled with plain evaluates, as measure-sidepanel.ts does). */
async function openTeamMs(page: Page, base: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${base}/sidepanel.html#team`, { waitUntil: 'commit' });
  return poll(page, 'team rows', () => (document.querySelector('[data-testid="team-row"]') ? performance.now() : null));
}

async function openAgentMs(page: Page, base: string, key: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${base}/sidepanel.html#agent=${encodeURIComponent(key)}`, { waitUntil: 'commit' });
  return poll(page, 'first chart', () => performance.getEntriesByName('kefu:first-chart')[0]?.startTime ?? null);
}

const domElements = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

type Interaction = { kind: 'sort'; column: number } | { kind: 'shop'; shop: string } | { kind: 'search'; text: string };

/**
 * One interaction timed inside the page: from dispatching the user's event to the end of the frame that
 * shows the result (a requestAnimationFrame, then a task after it: the frame has been painted by then).
 * The result is recognised in the DOM: the sorted column's aria-sort and a new first row; every row of the
 * chosen shop and the count changed; every row matching the search and the count changed.
 */
async function timeInteraction(page: Page, action: Interaction): Promise<number> {
  return page.evaluate(async (a) => {
    const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="team-row"]')];
    const count = () => document.querySelector('[data-testid="team-count"]')?.textContent ?? '';
    const firstKey = () => rows()[0]?.dataset.agent;
    const before = { first: firstKey(), count: count() };
    let done: () => boolean;
    const t0 = performance.now();
    if (a.kind === 'sort') {
      const th = document.querySelectorAll<HTMLElement>('[data-testid="team-table"] thead tr:first-child th')[a.column]!;
      const was = th.getAttribute('aria-sort');
      th.querySelector('button')!.click();
      done = () => th.getAttribute('aria-sort') !== was && firstKey() !== before.first;
    } else if (a.kind === 'shop') {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="team-shop-filter"]')!;
      select.value = a.shop;
      if (select.value !== a.shop) throw new Error(`no shop ${a.shop} in the filter`);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      done = () => count() !== before.count && rows().length > 0 && rows().every((r) => a.shop === '' || r.dataset.agent!.startsWith(`${a.shop}:`));
    } else {
      const input = document.querySelector<HTMLInputElement>('[data-testid="team-search"]')!;
      // React tracks the value through the prototype's setter: set it there, then the event it listens to.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, a.text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      done = () => count() !== before.count && rows().length > 0 && rows().every((r) => r.dataset.agent!.includes(a.text));
    }
    await new Promise<void>((resolve, reject) => {
      const check = () => (done() ? resolve() : performance.now() - t0 > 10_000 ? reject(new Error(`${a.kind}: no result in 10 s`)) : requestAnimationFrame(check));
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, action);
}


const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function measureSize(launch: () => Promise<BenchBrowser>, agents: number, o: TeamScaleOptions, interact: boolean) {
  const browser = await launch();
  try {
    const { context, extensionId } = browser;
    const base = `chrome-extension://${extensionId}`;
    const page = await context.newPage();
    await page.setViewportSize({ width: 480, height: 900 }); // a side panel is narrow
    await page.goto(`${base}/_locales/zh_CN/messages.json`);
    const seedFile = path.join(BENCH_SEED_DIST, 'seed.js');
    if (!existsSync(seedFile)) throw new Error(`${seedFile} is missing: run node tests/bench/run-bench.mjs`);
    await page.evaluate(readFileSync(seedFile, 'utf8'));
    // The week up to yesterday, as a manager opening the panel this morning has it.
    const firstDay = isoDay(Date.now() - o.days * 86_400_000);
    const seeded = await page.evaluate((opts) => (window as unknown as SeedApi).kefuSeed.seedTeam(opts), { agents, shops: o.shops, days: o.days, firstDay });

    await openTeamMs(page, base); // warms the disk cache, as a user's second open is warm
    const openMs: number[] = [];
    for (let i = 0; i < o.opens; i++) openMs.push(await openTeamMs(page, base));
    await page.waitForTimeout(SETTLE_MS);
    const size: SizeResult = {
      agents,
      values: seeded.values,
      seedMs: seeded.ms,
      openMs,
      domElements: await domElements(page),
      rowsInDom: await page.getByTestId('team-row').count(),
      agentOpenMs: [],
      agentDomElements: 0,
      pickerOptions: 0,
      agentSwitchMs: [],
    };

    let interactions: { sortMs: number[]; shopMs: number[]; searchMs: number[]; check: { ok: boolean; detail: string } } | null = null;
    // A view without the filters (an older build) still gets its open and DOM figures, marked invalid.
    if (interact) interactions = await measureInteractions(page, agents, o).catch((error: Error) => ({ sortMs: [], shopMs: [], searchMs: [], check: { ok: false, detail: error.message } }));

    for (let i = 0; i < 3; i++) size.agentOpenMs.push(await openAgentMs(page, base, teamAgentKey(i * 17, o.shops)));
    // The picker fills once the first chart is up (the known labels are read after it).
    await poll(page, 'picker', () => (document.querySelectorAll('[data-testid="agent-select"] option').length > 1 ? true : null));
    await page.waitForTimeout(SETTLE_MS);
    size.agentDomElements = await domElements(page);
    size.pickerOptions = await page.locator('[data-testid="agent-select"] option').count();
    for (let i = 0; i < 5; i++) size.agentSwitchMs.push(await agentSwitchMs(page, teamAgentKey((i * 37 + 5) % agents, o.shops)));
    return { size, interactions };
  } finally {
    await browser.close();
  }
}

async function measureInteractions(page: Page, agents: number, o: TeamScaleOptions) {
  const sortMs: number[] = [];
  const shopMs: number[] = [];
  const searchMs: number[] = [];
  const columns = await page.locator('[data-testid="team-table"] thead tr:first-child th').count();
  // The agent column, the score, then the metric columns (weakest and alerts do not sort).
  const sortable = [0, 1, ...Array.from({ length: Math.max(0, columns - 4) }, (_, i) => 4 + i)];
  for (let r = 0; r < o.rounds; r++) {
    sortMs.push(await timeInteraction(page, { kind: 'sort', column: sortable[r % sortable.length]! }));
    shopMs.push(await timeInteraction(page, { kind: 'shop', shop: shopName(r % o.shops) }));
    shopMs.push(await timeInteraction(page, { kind: 'shop', shop: '' }));
    // A number part of agent keys: 客服0123 matches one agent, 客服01 a hundred.
    const text = r % 2 ? `客服${String((r * 37) % agents).padStart(4, '0')}` : `客服0${r % 10}`;
    searchMs.push(await timeInteraction(page, { kind: 'search', text }));
    searchMs.push(await timeInteraction(page, { kind: 'search', text: '' }).catch(() => NaN));
  }
  // What the last round shows must be right: a shop chosen shows exactly its agents, counted.
  const shop = shopName(3);
  await timeInteraction(page, { kind: 'shop', shop });
  const count = (await page.getByTestId('team-count').textContent()) ?? '';
  const keys = await page.getByTestId('team-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agent') ?? ''));
  // SHOTS_DIR=dir: the view as the manager sees it, one shop chosen.
  if (process.env.SHOTS_DIR) await page.screenshot({ path: path.join(process.env.SHOTS_DIR, `team-${agents}-agents-${shop}.png`) });
  const perShop = agents / o.shops;
  const ok = keys.length > 0 && keys.every((k) => k.startsWith(`${shop}:`)) && (count.replaceAll(',', '').match(/\d+/g) ?? []).join(' ') === `${perShop} ${agents}` && !searchMs.some(Number.isNaN);
  return { sortMs, shopMs, searchMs, check: { ok, detail: `count "${count}", ${keys.length} rows in DOM, all of ${shop}: ${keys.every((k) => k.startsWith(`${shop}:`))}` } };
}

export async function measureTeamScale(launch: () => Promise<BenchBrowser>, o: TeamScaleOptions) {
  const small = await measureSize(launch, o.small, o, false);
  const large = await measureSize(launch, o.large, o, true);
  const open = { small: median(small.size.openMs), large: median(large.size.openMs) };
  return {
    ...o,
    small: small.size,
    large: large.size,
    openRatio: open.large / open.small,
    domRatio: large.size.domElements / small.size.domElements,
    openMedianMs: open,
    sortMs: large.interactions?.sortMs ?? [],
    shopMs: large.interactions?.shopMs ?? [],
    searchMs: large.interactions?.searchMs ?? [],
    check: large.interactions?.check ?? { ok: false, detail: 'no interactions measured' },
  };
}
