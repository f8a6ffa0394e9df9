import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumPath } from '../e2e/support/chromium-path';
import { measureCapture } from './measure-capture';
import { measureChurn } from './measure-churn';
import { measureContentScriptSize } from './measure-size';
import { measureWrite } from './measure-write';
import { profileChurn } from './profile-churn';
import { summaryLines, writeResults, type BenchResults } from './report';
import { launchChromium, type BenchBrowser } from './support/launch-chromium';
import { serveBenchPages } from './support/serve-bench';

// One long "test" that prints figures: goals are reported, not asserted (timings are noisy); it fails
// only when a measurement crashes.
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

test('benchmark', async () => {
  test.setTimeout(15 * 60_000);
  const results: BenchResults = { errors: {} };
  const section = async (name: string, run: () => Promise<void> | void) => {
    const t0 = Date.now();
    try {
      await run();
    } catch (error) {
      results.errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
    console.log(`[bench] ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };

  await section('content script size', () => void (results.size = measureContentScriptSize()));

  // Capture and write run in a browser without the extension; gc() is exposed to start timed runs clean.
  let plain: BenchBrowser | undefined = await launchChromium({ extraArgs: ['--js-flags=--expose-gc'] });
  await serveBenchPages(plain.context);
  await section('capture', async () => void (results.capture = await measureCapture(plain!.context)));
  await section('write', async () => {
    results.write = await measureWrite(plain!.context, {
      days: env('BENCH_DAYS', 365),
      agents: 50,
      metrics: 25,
      rounds: env('BENCH_WRITE_ROUNDS', 2),
      single: process.env.BENCH_SINGLE_BULK !== '0',
    });
  });
  await plain.close();
  plain = undefined;

  // The churn A/B: two browsers with identical flags but for the extension.
  const without = await launchChromium();
  const withExt = await launchChromium({ extension: true });
  try {
    const seconds = env('BENCH_CHURN_SECONDS', 10);
    await section('churn', async () => {
      results.churn = await measureChurn(without, withExt, { rounds: env('BENCH_CHURN_ROUNDS', 3), seconds, settleMs: 4000 });
    });
    await section('churn profile', async () => void (results.profile = await profileChurn(withExt, { seconds, settleMs: 4000, intervalUs: 200 })));
  } finally {
    await Promise.all([without.close(), withExt.close()]);
  }

  const lines = summaryLines(results);
  const file = writeResults(results, lines, {
    date: new Date().toISOString(),
    chromium: execFileSync(chromiumPath() ?? 'chromium', ['--version']).toString().trim(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  });
  console.log(['', ...lines, `(written to ${file})`].join('\n'));
  if (Object.keys(results.errors).length > 0) throw new Error(`benchmark crashed: ${Object.keys(results.errors).join(', ')}`);
});
