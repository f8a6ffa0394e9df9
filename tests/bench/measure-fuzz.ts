import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The long fuzz run: the property tests of tests/unit/fuzz with FUZZ_SCALE× the runs `npm test` gives
 * them (same seed unless FUZZ_SEED is set), in a vitest process of their own. Reports each property's
 * time and outcome, and the runs fast-check made in all (counted by tests/unit/fuzz/fuzz-settings.ts).
 */
export function measureFuzz(options: { scale: number; seed?: number }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kefu-fuzz-'));
  const report = path.join(dir, 'vitest.json');
  const runsLog = path.join(dir, 'runs.txt');
  const env = { ...process.env, FUZZ_SCALE: String(options.scale), FUZZ_RUNS_LOG: runsLog, ...(options.seed === undefined ? {} : { FUZZ_SEED: String(options.seed) }) };
  const t0 = Date.now();
  const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/fuzz', '--reporter=json', `--outputFile=${report}`], { env, encoding: 'utf8' });
  const totalMs = Date.now() - t0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string; duration?: number; failureMessages: string[] }> }>;
    };
    const properties = json.testResults.flatMap((file) =>
      file.assertionResults.map((t) => ({
        file: path.basename(file.name),
        name: t.fullName,
        ok: t.status === 'passed',
        ms: t.duration ?? 0,
        // The first lines carry fast-check's seed, replay path and counterexample.
        failure: t.failureMessages.length > 0 ? t.failureMessages[0]!.split('\n').slice(0, 6).join('\n') : undefined,
      })),
    );
    const runs = readFileSync(runsLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .reduce((sum, n) => sum + Number(n), 0);
    return { scale: options.scale, seed: Number(env.FUZZ_SEED ?? 20261204), totalMs, runs, properties, ok: run.status === 0 && properties.every((p) => p.ok) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
