import type { CDPSession, Page } from '@playwright/test';
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

interface OpenPage {
  browser: BenchBrowser;
  page: Page;
  cdp: CDPSession;
  worlds: { origin: string; auxData?: { type?: string } }[];
}

type Metrics = Record<string, number>;
const metricsOf = async (o: OpenPage): Promise<Metrics> =>
  Object.fromEntries((await o.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

async function openChurn(browser: BenchBrowser): Promise<OpenPage> {
  const page = await browser.context.newPage();
  await page.goto(CHURN_URL);
  const cdp = await browser.context.newCDPSession(page);
  const worlds: OpenPage['worlds'] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable'); // reports the worlds that exist already, then new ones
  // Thread CPU time, not wall time: a task preempted by another process on a busy machine is not longer.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { browser, page, cdp, worlds };
}

function windowOf(o: OpenPage, a: Metrics, z: Metrics): ChurnWindow {
  const id = o.browser.extensionId;
  return {
    extension: Boolean(id),
    injected: o.worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.startsWith(`chrome-extension://${id ?? '-'}`)),
    seconds: z.Timestamp! - a.Timestamp!,
    scriptMs: (z.ScriptDuration! - a.ScriptDuration!) * 1000,
    taskMs: (z.TaskDuration! - a.TaskDuration!) * 1000,
  };
}

/**
 * The churn page without and with the extension, plus a control (a second browser without it), all open
 * and measured over the same seconds (each browser has its own renderer), so machine load hits them
 * alike. Main-thread script and task time from CDP Performance metrics, scaled to `seconds`; medians of
 * the rounds' differences. The control's difference from "without" is the noise floor. All contexts
 * need routeConsoles().
 */
export async function measureChurn(b: { without: BenchBrowser; control: BenchBrowser; withExt: BenchBrowser }, options = { rounds: 5, seconds: 8, settleMs: 2500 }) {
  const rounds: { without: ChurnWindow; control: ChurnWindow; with: ChurnWindow }[] = [];
  for (let r = 0; r < options.rounds; r++) {
    const pages = await Promise.all([openChurn(b.without), openChurn(b.control), openChurn(b.withExt)]);
    try {
      await pages[0].page.waitForTimeout(options.settleMs); // past load and the content script's first scan
      const a = await Promise.all(pages.map(metricsOf));
      await pages[0].page.waitForTimeout(options.seconds * 1000);
      const z = await Promise.all(pages.map(metricsOf));
      const [without, control, withExt] = pages.map((o, i) => windowOf(o, a[i]!, z[i]!));
      rounds.push({ without: without!, control: control!, with: withExt! });
    } finally {
      await Promise.all(pages.map(async (o) => (await o.cdp.detach(), await o.page.close())));
    }
  }
  const scaled = (w: ChurnWindow, key: 'scriptMs' | 'taskMs') => (w[key] * options.seconds) / w.seconds;
  const added = (key: 'scriptMs' | 'taskMs', other: 'with' | 'control') => median(rounds.map((x) => scaled(x[other], key) - scaled(x.without, key)));
  const pageScriptMs = median(rounds.map((x) => scaled(x.without, 'scriptMs')));
  const addedScriptMs = added('scriptMs', 'with');
  const windows = rounds.flatMap((x) => [x.without, x.control, x.with]);
  return {
    seconds: options.seconds,
    rounds: options.rounds,
    // Injected in every "with" window and in no other.
    check: windows.every((w) => w.injected === w.extension),
    pageScriptMs,
    addedScriptMs,
    ratio: addedScriptMs / pageScriptMs,
    /** What the same comparison reads between two pages without the extension. */
    controlRatio: added('scriptMs', 'control') / pageScriptMs,
    pageTaskMs: median(rounds.map((x) => scaled(x.without, 'taskMs'))),
    addedTaskMs: added('taskMs', 'with'),
    pageScriptSpread: spread(rounds.map((x) => scaled(x.without, 'scriptMs'))),
    perRound: rounds,
  };
}
