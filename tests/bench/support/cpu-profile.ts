import type { CDPSession } from '@playwright/test';

/** The fields of a CDP Profiler.Profile read here. */
export interface CallFrame {
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

export interface Sample {
  /** The function on top of the stack (a native one has no URL). */
  leaf: CallFrame;
  /** The nearest frame with a script URL (leaf or caller): whose code asked for the time. */
  owner: CallFrame | null;
  ms: number;
  /** Function names from the leaf to the root, for inclusive totals (built when asked: most profiles never do). */
  stack(): string[];
}

/**
 * Samples the page's renderer (every world in it) while `during` runs. A sample stands for the time
 * until the next one, at most `maxGapFactor` sampling intervals: on a busy machine the sampler is
 * sometimes not scheduled for tens of milliseconds, and the whole gap would otherwise be charged to
 * whatever ran last (a 1 ms timer callback followed by a 100 ms gap read as 100 ms). Shares and ratios
 * of capped samples are what a quiet machine would show; Infinity keeps the raw gaps.
 */
export async function cpuProfile(cdp: CDPSession, during: () => Promise<unknown>, intervalUs = 200, maxGapFactor = Infinity): Promise<Sample[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return samplesOf(profile, (intervalUs * maxGapFactor) / 1000);
}

function samplesOf(profile: Profile, maxMs: number): Sample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = (id: number): CallFrame | null => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url) return frame;
    }
    return null;
  };
  const stack = (id: number): string[] => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.push(byId.get(at)!.callFrame.functionName || '(anonymous)');
    return names;
  };
  const deltas = profile.timeDeltas ?? [];
  return (profile.samples ?? []).map((id, i) => ({ leaf: byId.get(id)!.callFrame, owner: owner(id), ms: Math.min(maxMs, (deltas[i + 1] ?? deltas[i] ?? 0) / 1000), stack: () => stack(id) }));
}

/** Not time spent running anything. */
export const isIdle = (s: Sample): boolean => s.leaf.functionName === '(idle)' || s.leaf.functionName === '(program)';

/** Sums sample times by key (null = skip), largest first. */
export function totals(samples: Sample[], key: (s: Sample) => string | null, top = Infinity): { key: string; ms: number }[] {
  const sums = new Map<string, number>();
  for (const s of samples) {
    const k = key(s);
    if (k !== null) sums.set(k, (sums.get(k) ?? 0) + s.ms);
  }
  return [...sums.entries()]
    .map(([k, ms]) => ({ key: k, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}
