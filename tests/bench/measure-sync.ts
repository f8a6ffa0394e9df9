import type { BrowserContext } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startSyncServer } from '../support/sync-server';
import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_DIST } from './support/paths';
import { median } from './support/stats';

/**
 * Team sync (issue 13) against the CouchDB stand-in (pouchdb-server, started here, in memory) in
 * Chromium with the engine's real storage (tests/bench/src/sync-page.ts): a new agent's first sync of a
 * year for `agents` agents, a day's sync (the manager's push, the agent's pull), and the manager's daily
 * push for `largeAgents` agents holding `largeDays` days.
 */
export interface SyncBenchOptions {
  agents: number;
  metrics: number;
  days: number;
  rounds: number;
  largeAgents: number;
  largeDays: number;
}

type PageResult = {
  values: number;
  records: number;
  seedMs: number;
  managerFirst: { ms: number; pushed: number };
  agentFirst: { ms: number; pulled: number } | null;
  daily: { day: string; pushMs: number; pushed: number; pullMs: number | null; pulled: number | null }[];
  check: boolean;
};

/**
 * The bench page on the server's own origin (its page and assets answered by routing, everything else
 * reaches the server): no CORS preflight and no private-network check, as for the extension, whose
 * host permission for the server spares it both.
 */
async function servePageOnServer(context: BrowserContext, serverUrl: string): Promise<void> {
  await context.route(
    (url) => url.origin === serverUrl && (url.pathname === '/sync.html' || url.pathname.startsWith('/assets/')),
    async (route) => {
      const rel = path.posix.normalize(new URL(route.request().url()).pathname).replace(/^\/+/, '');
      const body = await readFile(path.join(BENCH_DIST, rel)).catch(() => null);
      await (body ? route.fulfill({ status: 200, contentType: rel.endsWith('.js') ? 'text/javascript' : 'text/html', body }) : route.fulfill({ status: 404, body: `${rel} is not built: run node tests/bench/run-bench.mjs` }));
    },
  );
}
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function runSize(launch: () => Promise<BenchBrowser>, shop: string, agents: number, days: number, o: SyncBenchOptions, agentToo: boolean): Promise<PageResult> {
  const server = await startSyncServer({ shops: [shop], managers: ['boss:boss-pw'], agents: ['amei:amei-pw'] });
  const browser = await launch();
  try {
    await servePageOnServer(browser.context, server.url);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/sync.html`);
    await page.waitForFunction(() => 'kefuBench' in window);
    // The rounds fall on a month's last days, when the month records (what a day's sync sends) are largest.
    const lastRound = Date.UTC(2026, 9, 30);
    const start = lastRound - (days + o.rounds - 1) * 86_400_000;
    const all = Array.from({ length: days + o.rounds }, (_, i) => isoDay(start + i * 86_400_000));
    const options = { serverUrl: server.url, shop, agents, metrics: o.metrics, days: all.slice(0, days), nextDays: all.slice(days), agentToo };
    return await page.evaluate((p) => (window as unknown as { kefuBench: { sync(p: object): Promise<PageResult> } }).kefuBench.sync(p), options);
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function measureSync(launch: () => Promise<BenchBrowser>, o: SyncBenchOptions) {
  const team = await runSize(launch, '旗舰店', o.agents, o.days, o, true);
  const large = await runSize(launch, '外包大店', o.largeAgents, o.largeDays, o, false);
  const firstMs = team.agentFirst!.ms;
  const dailyPullMs = median(team.daily.map((d) => d.pullMs!));
  const dailyPushMs = median(team.daily.map((d) => d.pushMs));
  const largePushMs = median(large.daily.map((d) => d.pushMs));
  return {
    ...o,
    team,
    large,
    firstMs,
    dailyPullMs,
    dailyPushMs,
    /** The agent's day: the manager's push then the agent's pull. */
    dailyMs: dailyPushMs + dailyPullMs,
    largePushMs,
    /** The manager's daily push at largeAgents against at agents. */
    pushRatio: largePushMs / dailyPushMs,
    check: team.check && team.daily.every((d) => d.pulled! > 0),
  };
}
