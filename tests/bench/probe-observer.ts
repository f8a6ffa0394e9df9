import { CHURN_URL } from './measure-churn';
import type { BenchBrowser } from './support/launch-chromium';
import { median } from './support/stats';

/** The content script's observer options (lib/capture/watch-frame.ts). */
const OPTIONS = '{ childList: true, subtree: true, characterData: true }';

/**
 * What a document-wide MutationObserver costs the page before any callback runs: Blink builds a record
 * for every mutation inside the page's own script, where a CPU profile charges it to the page. Measured
 * from an isolated world (as a content script observes) on the churn page: the page's mutation rate, and
 * the added cost of one textContent write with such an observer connected. Needs routeConsoles().
 */
export async function probeObserverCost(b: BenchBrowser, options = { seconds: 4, writes: 50_000, runs: 5 }) {
  const page = await b.context.newPage();
  try {
    await page.goto(CHURN_URL);
    const cdp = await b.context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'kefu-bench' });
    const iso = async <T>(expression: string): Promise<T> =>
      (await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true })).result.value as T;

    await iso(`self.n = { callbacks: 0, records: 0 }; self.o = new MutationObserver((rs) => { n.callbacks++; n.records += rs.length; }); o.observe(document, ${OPTIONS}); 0`);
    await page.waitForTimeout(options.seconds * 1000);
    const rate = await iso<{ callbacks: number; records: number }>('o.disconnect(), n');

    const writes = (n: number) => {
      const el = document.body.appendChild(document.createElement('span'));
      const t0 = performance.now();
      for (let i = 0; i < n; i++) el.textContent = String(i);
      const ms = performance.now() - t0;
      el.remove();
      return ms;
    };
    const added: number[] = [];
    for (let r = 0; r < options.runs; r++) {
      const bare = await page.evaluate(writes, options.writes);
      await iso(`self.o = new MutationObserver(() => {}); o.observe(document, ${OPTIONS}); 0`);
      const observed = await page.evaluate(writes, options.writes);
      await iso('o.disconnect(), 0');
      added.push(((observed - bare) * 1000) / options.writes);
    }
    await cdp.detach();
    const usPerMutation = median(added);
    const recordsPerSecond = rate.records / options.seconds;
    return {
      callbacksPerSecond: rate.callbacks / options.seconds,
      recordsPerSecond,
      usPerMutation,
      msPerSecond: (recordsPerSecond * usPerMutation) / 1000,
    };
  } finally {
    await page.close();
  }
}
