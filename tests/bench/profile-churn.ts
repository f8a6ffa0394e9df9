import { readFileSync } from 'node:fs';
import { CHURN_URL } from './measure-churn';
import { cpuProfile, isIdle, totals, type Sample } from './support/cpu-profile';
import type { BenchBrowser } from './support/launch-chromium';
import { CONTENT_SCRIPT } from './support/paths';

/**
 * Where the extension's time goes on the churn page: a CPU profile of the page's renderer, each sample
 * charged to the script that asked for it (a DOM call made by the content script is the content
 * script's), and the extension's share split by function. Needs routeConsoles() on the context.
 */
export async function profileChurn(b: BenchBrowser, options = { seconds: 8, settleMs: 2500 }) {
  const ext = `chrome-extension://${b.extensionId}/`;
  const page = await b.context.newPage();
  try {
    await page.goto(CHURN_URL);
    await page.waitForTimeout(options.settleMs);
    const cdp = await b.context.newCDPSession(page);
    const samples = (await cpuProfile(cdp, () => page.waitForTimeout(options.seconds * 1000))).filter((s) => !isIdle(s));
    await cdp.detach();
    const world = (s: Sample) =>
      s.leaf.functionName === '(garbage collector)' ? 'gc' : !s.owner ? 'other' : s.owner.url.startsWith(ext) ? 'extension' : 'page';
    const ms = Object.fromEntries(totals(samples, world).map((t) => [t.key, t.ms])) as Partial<Record<'gc' | 'other' | 'extension' | 'page', number>>;
    const code = readFileSync(CONTENT_SCRIPT, 'utf8').split('\n');
    const top = totals(samples, (s) => (world(s) === 'extension' ? position(s.owner!) : null), 6).map((t) => ({ fn: t.key, ms: t.ms, code: snippet(code, t.key) }));
    return { seconds: options.seconds, extension: ms.extension ?? 0, page: ms.page ?? 0, gc: ms.gc ?? 0, other: ms.other ?? 0, top };
  } finally {
    await page.close();
  }
}

const position = (f: Sample['leaf']) => `${f.functionName || '(anonymous)'} @${f.lineNumber + 1}:${f.columnNumber + 1}`;

/** The minified source at a profile position, so a mangled function name can be recognised. */
function snippet(lines: string[], key: string): string {
  const m = /@(\d+):(\d+)$/.exec(key);
  if (!m) return '';
  return (lines[Number(m[1]) - 1] ?? '').slice(Number(m[2]) - 1, Number(m[2]) + 89);
}
