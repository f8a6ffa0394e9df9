import { readFileSync } from 'node:fs';
import { routeConsoles } from '../fixtures/route-consoles';
import { CHURN_URL } from './measure-churn';
import type { BenchBrowser } from './support/launch-chromium';
import { CONTENT_SCRIPT } from './support/paths';

/** The fields of a CDP Profiler.Profile read here. */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Where the extension's time goes on the churn page: a CPU profile of the page's renderer (every world),
 * each sample charged to the script of the nearest frame with a URL (so a DOM call made by the content
 * script counts as the content script's), and the extension's share split by function.
 */
export async function profileChurn(b: BenchBrowser, options = { seconds: 10, settleMs: 4000, intervalUs: 200 }) {
  await routeConsoles(b.context);
  const page = await b.context.newPage();
  try {
    await page.goto(CHURN_URL);
    await page.waitForTimeout(options.settleMs);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: options.intervalUs });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(options.seconds * 1000);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return { seconds: options.seconds, ...attribute(profile, `chrome-extension://${b.extensionId}/`) };
  } finally {
    await page.close();
  }
}

function attribute(profile: Profile, extPrefix: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The nearest frame (self or caller) that has a script URL. */
  const owner = (id: number): CallFrame | null => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url) return frame;
    }
    return null;
  };
  const ms = { extension: 0, page: 0, gc: 0, other: 0 };
  const extFunctions = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    if (name === '(garbage collector)') return void (ms.gc += dt);
    const frame = owner(id);
    if (!frame) ms.other += dt;
    else if (frame.url.startsWith(extPrefix)) {
      ms.extension += dt;
      const key = `${frame.functionName || '(anonymous)'} @${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      extFunctions.set(key, (extFunctions.get(key) ?? 0) + dt);
    } else ms.page += dt;
  });
  const code = readFileSync(CONTENT_SCRIPT, 'utf8').split('\n');
  const top = [...extFunctions.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([fn, t]) => ({ fn, ms: t, code: snippet(code, fn) }));
  return { ...ms, top };
}

/** The minified source at a profile position, so a mangled function name can be recognised. */
function snippet(lines: string[], key: string): string {
  const m = /@(\d+):(\d+)$/.exec(key);
  if (!m) return '';
  const line = lines[Number(m[1]) - 1] ?? '';
  const col = Number(m[2]) - 1;
  return line.slice(col, col + 90);
}
