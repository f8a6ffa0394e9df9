/** Several synchronous functions timed in turn (A B A B …) after a warm-up, so drift hits all alike. */
export async function timeAlternating(
  fns: Record<string, () => unknown>,
  options: { warmup: number; runs: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(fns);
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const gc = (globalThis as { gc?: () => void }).gc; // with --js-flags=--expose-gc: no collection mid-run
  for (let i = 0; i < options.warmup; i++) for (const n of names) fns[n]!();
  for (let i = 0; i < options.runs; i++) {
    for (const n of names) {
      gc?.();
      await new Promise((r) => setTimeout(r, 0)); // let pending tasks run outside the timed section
      const t0 = performance.now();
      fns[n]!();
      times[n]!.push(performance.now() - t0);
    }
  }
  return times;
}
