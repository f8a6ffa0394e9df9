import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHURN_URL } from './measure-churn';
import { cpuProfile, isIdle, totals, type Sample } from './support/cpu-profile';
import type { CDPSession } from '@playwright/test';
import type { BenchBrowser } from './support/launch-chromium';
import { EXTENSION_SNAPSHOT } from './support/paths';

/** A sample counts for at most this many sampling intervals (see cpuProfile). */
export const MAX_GAP_FACTOR = 4;

/**
 * Where the extension's time goes on the churn page: a CPU profile of the page's renderer, each sample
 * charged to the script that asked for it (a DOM call made by the content script is the content
 * script's), the extension's share split by script file (content.js, overlay-host.js: each has its own
 * goal) and by function. Needs routeConsoles() on the context.
 */
export async function profileChurn(b: BenchBrowser, options = { seconds: 8, settleMs: 2500 }) {
  const ext = `chrome-extension://${b.extensionId}/`;
  const page = await b.context.newPage();
  try {
    await page.goto(CHURN_URL);
    await page.waitForTimeout(options.settleMs);
    // The badge host must be there, or its share would be 0 for the wrong reason.
    const badge = await page.locator('iframe[data-testid="kefu-overlay"]').count();
    const cdp = await b.context.newCDPSession(page);
    // Two windows of the same page: just after load, while the capture script looks for a table every
    // second (lib/capture/probe-scheduler.ts: the first 5 s), and the steady state after it, every 5 s:
    // a console tab left open all day. The goals are for the steady state; both are printed.
    const afterLoad = await profileWindow(cdp, ext, options.seconds);
    const steady = await profileWindow(cdp, ext, options.seconds);
    await cdp.detach();
    return {
      seconds: options.seconds,
      badge: badge > 0,
      ...steady,
      afterLoad: { contentShare: afterLoad.contentShare, overlayShare: afterLoad.overlayShare, extension: afterLoad.extension, page: afterLoad.page },
    };
  } finally {
    await page.close();
  }
}

/** One profile of `seconds` on the open page: the extension's share of the page's own script time, per file and function. */
async function profileWindow(cdp: CDPSession, ext: string, seconds: number) {
  const samples = (await cpuProfile(cdp, () => new Promise((resolve) => setTimeout(resolve, seconds * 1000)), 200, MAX_GAP_FACTOR)).filter((s) => !isIdle(s));
  const world = (s: Sample) =>
    s.leaf.functionName === '(garbage collector)' ? 'gc' : !s.owner ? 'other' : s.owner.url.startsWith(ext) ? 'extension' : 'page';
  const ms = Object.fromEntries(totals(samples, world).map((t) => [t.key, t.ms])) as Partial<Record<'gc' | 'other' | 'extension' | 'page', number>>;
  const fileOf = (s: Sample) => (world(s) === 'extension' ? s.owner!.url.slice(ext.length) : null);
  const files = Object.fromEntries(totals(samples, fileOf).map((t) => [t.key, t.ms]));
  const code = new Map<string, string[]>();
  const linesOf = (file: string) => {
    if (!code.has(file)) code.set(file, readFileSync(path.join(EXTENSION_SNAPSHOT, file), 'utf8').split('\n'));
    return code.get(file)!;
  };
  const top = totals(samples, (s) => (world(s) === 'extension' ? `${s.owner!.url.slice(ext.length)} ${position(s.owner!)}` : null), 8).map((t) => ({
    fn: t.key,
    ms: t.ms,
    code: snippet(linesOf(t.key.split(' ')[0]!), t.key),
  }));
  const page = ms.page ?? 0;
  const share = (file: string) => (files[file] ?? 0) / Math.max(1e-9, page);
  return {
    extension: ms.extension ?? 0,
    page,
    gc: ms.gc ?? 0,
    other: ms.other ?? 0,
    /** Extension ms by script file (path inside the extension). */
    files,
    contentShare: share('content-scripts/content.js'),
    overlayShare: share('content-scripts/overlay-host.js'),
    top,
  };
}

const position = (f: Sample['leaf']) => `${f.functionName || '(anonymous)'} @${f.lineNumber + 1}:${f.columnNumber + 1}`;

/** The minified source at a profile position, so a mangled function name can be recognised. */
function snippet(lines: string[], key: string): string {
  const m = /@(\d+):(\d+)$/.exec(key);
  if (!m) return '';
  return (lines[Number(m[1]) - 1] ?? '').slice(Number(m[2]) - 1, Number(m[2]) + 89);
}
