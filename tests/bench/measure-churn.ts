import type { BrowserContext, CDPSession } from '@playwright/test';
import { routeConsoles } from '../fixtures/route-consoles';
import { scenarioById } from '../fixtures/scenarios/index';
import type { BenchBrowser } from './support/launch-chromium';
import { median, spread } from './support/stats';

export const CHURN_URL = scenarioById('churn').url;

export interface ChurnWindow {
  extension: boolean;
  /** The extension's isolated world was seen in the page (must equal `extension`). */
  injected: boolean;
  seconds: number;
  scriptMs: number;
  taskMs: number;
}

type Metrics = Record<string, number>;
const metricsOf = async (cdp: CDPSession): Promise<Metrics> =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** One window on the churn page: main-thread script and task time from CDP Performance metrics. */
async function churnWindow(b: BenchBrowser, seconds: number, settleMs: number): Promise<ChurnWindow> {
  const page = await b.context.newPage();
  try {
    await page.goto(CHURN_URL);
    const cdp = await b.context.newCDPSession(page);
    const worlds: { origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable'); // reports the worlds that exist already, then new ones
    await cdp.send('Performance.enable');
    await page.waitForTimeout(settleMs); // past load and the content script's first scan
    const a = await metricsOf(cdp);
    await page.waitForTimeout(seconds * 1000);
    const z = await metricsOf(cdp);
    const injected = worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.startsWith(`chrome-extension://${b.extensionId ?? '-'}`));
    await cdp.detach();
    return {
      extension: Boolean(b.extensionId),
      injected,
      seconds: z.Timestamp! - a.Timestamp!,
      scriptMs: (z.ScriptDuration! - a.ScriptDuration!) * 1000,
      taskMs: (z.TaskDuration! - a.TaskDuration!) * 1000,
    };
  } finally {
    await page.close();
  }
}

/**
 * The same churn page without and with the extension, alternating which goes first each round; times are
 * scaled to `seconds` (windows differ by a few ms). Added = median(with) − median(without).
 */
export async function measureChurn(without: BenchBrowser, withExt: BenchBrowser, options = { rounds: 3, seconds: 10, settleMs: 4000 }) {
  for (const b of [without, withExt]) await routeConsoles(b.context as BrowserContext);
  const windows: ChurnWindow[] = [];
  for (let r = 0; r < options.rounds; r++) {
    const order = r % 2 ? [withExt, without] : [without, withExt];
    for (const b of order) windows.push(await churnWindow(b, options.seconds, options.settleMs));
  }
  const scaled = (ext: boolean, key: 'scriptMs' | 'taskMs') =>
    windows.filter((w) => w.extension === ext).map((w) => (w[key] * options.seconds) / w.seconds);
  const pageScriptMs = median(scaled(false, 'scriptMs'));
  const withScriptMs = median(scaled(true, 'scriptMs'));
  const pageTaskMs = median(scaled(false, 'taskMs'));
  const withTaskMs = median(scaled(true, 'taskMs'));
  const addedScriptMs = withScriptMs - pageScriptMs;
  return {
    seconds: options.seconds,
    rounds: options.rounds,
    // Injected in every "with" window and in no "without" one.
    check: windows.every((w) => w.injected === w.extension),
    pageScriptMs,
    withScriptMs,
    addedScriptMs,
    ratio: addedScriptMs / pageScriptMs,
    pageTaskMs,
    withTaskMs,
    addedTaskMs: withTaskMs - pageTaskMs,
    pageScriptSpread: spread(scaled(false, 'scriptMs')),
    windows,
  };
}
