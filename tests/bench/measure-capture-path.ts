/**
 * The whole capture path of a 1,000 × 30 table against the read floor, in the real built extension.
 *
 * Method:
 * - The bench page capture-path.html is served under a console host (https://sycm.taobao.com/), so the
 *   extension's content scripts run in it as on a console: the 生意参谋-like shell with its 统计日期, and
 *   no table until the bench asks for one.
 * - Each round opens the page fresh, lets it load (the badge host mounts, the capture script probes),
 *   then starts a CPU profile of the page's renderer, inserts the table (one innerHTML, as a console's
 *   data request answers) and waits until the background has stored the capture (the service worker's
 *   capture log gains an entry with every agent and metric), plus a short tail for the reply's handling.
 * - Extension time: every sample whose nearest script frame is a chrome-extension:// URL (a DOM call made
 *   by the content script is the content script's), split by script file. This is the whole path on
 *   the page's main thread: probing, observing and settling, reading, parsing, period, comparing with
 *   what was sent, messaging and the confirmation pill. The background's work runs in the service
 *   worker's thread and is not counted; the page's own insertion is the page's.
 * - Read floor: in the same page, a second profile over `floorRuns` fresh copies of the same table (new
 *   nodes, so no text is read warm), each read once by `readEveryCell` (every td/th textContent); the
 *   floor is that function's profile time per run. Both sides are measured the same way (same profile
 *   method, same sampling, capped gaps: see cpuProfile), so the ratio does not depend on the profiler's
 *   own overhead. The floor is also timed with performance.now for reference.
 * - Ratio = extension ms / floor ms per round; the median over rounds is checked against the goal (≤ 2).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { MAX_GAP_FACTOR } from './profile-churn';
import { cpuProfile, isIdle, totals, type Sample } from './support/cpu-profile';
import type { BenchBrowser } from './support/launch-chromium';
import { serveBenchPages } from './support/serve-bench';
import { median } from './support/stats';

const ORIGIN = 'https://sycm.taobao.com';

interface Round {
  extensionMs: number;
  files: Record<string, number>;
  floorMs: number;
  floorTimedMs: number;
  ratio: number;
  /** Insertion → stored, wall time. */
  wallMs: number;
  stored: { agents: number; metrics: number };
  /** What the page's pill said (the background's reply, worded). */
  pill: string;
  top: { fn: string; ms: number }[];
}

type PathPage = { kefuPath: { insert(): number; floor(): number; cells(): number } };

/** The capture log as the service worker's IndexedDB holds it: count and the newest entry's counts. */
async function captureLog(context: BrowserContext): Promise<{ count: number; agents: number; metrics: number }> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kefu-benchmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('captures')) return { count: 0, agents: 0, metrics: 0 };
      const all = await new Promise<{ agentCount: number; metrics: string[] }[]>((resolve, reject) => {
        const request = db.transaction('captures').objectStore('captures').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const last = all[all.length - 1];
      return { count: all.length, agents: last?.agentCount ?? 0, metrics: last?.metrics.length ?? 0 };
    } finally {
      db.close();
    }
  });
}

/** The capture pill's text ('' before the first reply): lib/capture/confirmation-toast.ts, an open shadow root. */
async function pillText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('kefu-capture-toast')?.shadowRoot?.querySelector('.toast')?.textContent ?? '');
}

export async function measureCapturePath(b: BenchBrowser, options = { rows: 1000, cols: 30, rounds: 3, floorRuns: 5, settleMs: 2500, tailMs: 1500, timeoutMs: 30_000, top: 8 }) {
  const ext = `chrome-extension://${b.extensionId}/`;
  await serveBenchPages(b.context, ORIGIN);
  const isExt = (s: Sample) => s.owner?.url.startsWith(ext) === true;
  const rounds: Round[] = [];
  for (let r = 0; r < options.rounds; r++) {
    const page = await b.context.newPage();
    try {
      await page.goto(`${ORIGIN}/capture-path.html?rows=${options.rows}&cols=${options.cols}`);
      await page.waitForFunction(() => 'kefuPath' in window);
      await page.waitForTimeout(options.settleMs);
      const before = (await captureLog(b.context)).count;
      const cdp = await b.context.newCDPSession(page);
      let wallMs = 0;
      let stored = { count: before, agents: 0, metrics: 0 };
      let pill = '';
      const path = await cpuProfile(
        cdp,
        async () => {
          const t0 = Date.now();
          await page.evaluate(() => (window as unknown as PathPage).kefuPath.insert());
          // Stored: the log gains an entry, or (every round after the first sends the same table, and an
          // exact repeat is answered without a new entry: idempotent writes) the page's pill says it was saved.
          while ((stored = await captureLog(b.context)).count === before && !(pill = await pillText(page))) {
            if (Date.now() - t0 > options.timeoutMs) throw new Error(`no capture stored within ${options.timeoutMs} ms`);
            await page.waitForTimeout(50);
          }
          wallMs = Date.now() - t0;
          await page.waitForTimeout(options.tailMs);
          pill = await pillText(page);
        },
        200,
        MAX_GAP_FACTOR,
      );
      const floorTimed: number[] = [];
      const floorSamples = await cpuProfile(
        cdp,
        async () => {
          for (let i = 0; i < options.floorRuns; i++) floorTimed.push(await page.evaluate(() => (window as unknown as PathPage).kefuPath.floor()));
        },
        200,
        MAX_GAP_FACTOR,
      );
      await cdp.detach();
      const busy = path.filter((s) => !isIdle(s));
      const extSamples = busy.filter(isExt);
      const extensionMs = extSamples.reduce((n, s) => n + s.ms, 0);
      // The floor function's own frames and the DOM calls it makes (textContent, querySelectorAll).
      const floorMs = floorSamples.filter((s) => !isIdle(s) && s.owner?.functionName === 'readEveryCell').reduce((n, s) => n + s.ms, 0) / options.floorRuns;
      rounds.push({
        extensionMs,
        files: Object.fromEntries(totals(extSamples, (s) => s.owner!.url.slice(ext.length)).map((t) => [t.key, t.ms])),
        floorMs,
        floorTimedMs: median(floorTimed),
        ratio: extensionMs / floorMs,
        wallMs,
        stored: { agents: stored.agents, metrics: stored.metrics },
        pill,
        top: totals(extSamples, (s) => `${s.leaf.functionName || '(anonymous)'}${s.leaf.url ? '' : ` ← ${s.owner!.functionName || '?'}`}`, options.top).map((t) => ({ fn: t.key, ms: t.ms })),
      });
    } finally {
      await page.close();
    }
  }
  const check = rounds.every((x) => x.stored.agents === options.rows && x.stored.metrics === options.cols && x.pill.includes(String(options.rows)));
  return {
    rows: options.rows,
    cols: options.cols,
    extensionMs: median(rounds.map((x) => x.extensionMs)),
    floorMs: median(rounds.map((x) => x.floorMs)),
    ratio: median(rounds.map((x) => x.ratio)),
    check,
    rounds,
  };
}
