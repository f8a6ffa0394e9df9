import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * One seed and run budget for every property of this folder. `npm test` runs the base counts with the
 * fixed seed (the folder stays under ~10 s); `npm run fuzz` (and the bench's fuzz section) sets
 * FUZZ_SCALE=20 for twenty times the runs. FUZZ_SEED replays another seed; a failure prints the seed and
 * the path fast-check needs to replay the counterexample.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261204);
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

if (!Number.isInteger(FUZZ_SEED)) throw new Error(`FUZZ_SEED must be an integer, not ${process.env.FUZZ_SEED}`);
if (!(FUZZ_SCALE > 0)) throw new Error(`FUZZ_SCALE must be a positive number, not ${process.env.FUZZ_SCALE}`);

/** fast-check parameters for a property worth `baseRuns` runs in the quick suite. */
export function fuzz(baseRuns: number): fc.Parameters<unknown> {
  const numRuns = Math.max(1, Math.round(baseRuns * FUZZ_SCALE));
  // The bench (tests/bench/measure-fuzz.ts) adds up the runs of every property here.
  if (process.env.FUZZ_RUNS_LOG) appendFileSync(process.env.FUZZ_RUNS_LOG, `${numRuns}\n`);
  return { seed: FUZZ_SEED, numRuns };
}

/** A vitest timeout that grows with the run count (the quick suite keeps vitest's 5 s). */
export function fuzzTimeout(baseMs = 5000): number {
  return Math.round(baseMs * Math.max(1, FUZZ_SCALE));
}
