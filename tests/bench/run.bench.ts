import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumPath } from '../e2e/support/chromium-path';
import { routeConsoles } from '../fixtures/route-consoles';
import { measureCapture } from './measure-capture';
import { measureCapturePath } from './measure-capture-path';
import { measureChurn } from './measure-churn';
import { measureImport } from './measure-import';
import { measureMonth } from './measure-month';
import { measureMonthView } from './measure-month-view';
import { measureOptionsScale } from './measure-options-scale';
import { measureUpgrade } from './measure-upgrade';
import { measureContentScriptSize } from './measure-size';
import { measureFuzz } from './measure-fuzz';
import { measureSidepanel } from './measure-sidepanel';
import { measureTeamScale } from './measure-team-scale';
import { measureSync } from './measure-sync';
import { measureWrite } from './measure-write';
import { probeObserverCost } from './probe-observer';
import { profileChurn } from './profile-churn';
import { summaryLines, writeResults, type BenchResults } from './report';
import { launchChromium } from './support/launch-chromium';
import { serveBenchPages } from './support/serve-bench';
import { snapshotExtension } from './support/snapshot-extension';

// One long "test" that prints figures: goals are reported, not asserted (timings are noisy); it fails
// only when a measurement crashes.
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
/** BENCH_ONLY=sidepanel,size runs only those sections (names as printed); unset runs all. */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wants = (name: string) => !only || only.includes(name);

test('benchmark', async () => {
  // IndexedDB writes dominate: allow ~10 s a day per write run on a slow VM.
  // The side panel's year is seeded once (minutes) and kept in bench-results/sidepanel-profile.
  test.setTimeout(25 * 60_000 + env('BENCH_DAYS', 12) * env('BENCH_WRITE_ROUNDS', 2) * 2 * 10_000);
  const results: BenchResults = { errors: {} };
  const section = async (name: string, run: () => Promise<void> | void) => {
    if (!wants(name)) return;
    const t0 = Date.now();
    try {
      await run();
    } catch (error) {
      results.errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
    console.log(`[bench] ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };

  snapshotExtension();
  await section('content script size', () => void (results.size = measureContentScriptSize()));

  // Capture and write run without the extension; gc() is exposed so timed runs start clean.
  const gcArgs = ['--js-flags=--expose-gc'];
  await section('capture', async () => {
    const plain = await launchChromium({ extraArgs: gcArgs });
    try {
      await serveBenchPages(plain.context);
      results.capture = await measureCapture(plain.context);
    } finally {
      await plain.close();
    }
  });
  await section('capture path', async () => {
    // The whole path in the built extension on a console host, against the read floor in the same page.
    const withExt = await launchChromium({ extension: true });
    try {
      results.capturePath = await measureCapturePath(withExt, { rows: 1000, cols: 30, rounds: env('BENCH_PATH_ROUNDS', 5), floorRuns: 5, settleMs: 2500, tailMs: 1500, timeoutMs: 30_000, top: env('BENCH_PATH_TOP', 8) });
    } finally {
      await withExt.close();
    }
  });
  await section('write', async () => {
    // IndexedDB costs 1–3 ms a value on this kind of VM: a whole year takes 15+ min a run, so the default
    // is 12 days, twice each way (fresh IndexedDB speed varies run to run); BENCH_DAYS=365 for the year.
    results.write = await measureWrite(() => launchChromium({ extraArgs: gcArgs }), {
      days: env('BENCH_DAYS', 12),
      agents: 50,
      metrics: 25,
      rounds: env('BENCH_WRITE_ROUNDS', 2),
      single: process.env.BENCH_SINGLE_BULK === '1',
    });
  });

  await section('import', async () => {
    // A year of per-day exports through lib/import; the write runs at IndexedDB speed (BENCH_IMPORT_DAYS to shorten).
    results.import = await measureImport(() => launchChromium({ extraArgs: gcArgs }), {
      days: env('BENCH_IMPORT_DAYS', 365),
      agents: 50,
      parseRuns: env('BENCH_IMPORT_PARSE_RUNS', 3),
    });
  });

  await section('upgrade', async () => {
    // Writing the old per-value layout runs at old speed (≈0.2–0.5 ms a value): 30 days by default,
    // BENCH_UPGRADE_DAYS=365 for a year.
    results.upgrade = await measureUpgrade(() => launchChromium({ extraArgs: gcArgs }), { days: env('BENCH_UPGRADE_DAYS', 30), agents: 50, metrics: 25 });
  });

  await section('sidepanel', async () => {
    results.sidepanel = await measureSidepanel({ days: env('BENCH_SIDEPANEL_DAYS', 365), agents: 50, metrics: 25, opens: 7, switches: 15 });
  });

  await section('options scale', async () => {
    // A week of 6 metrics for 50, then 1,000 agents over 10 shops, imported on the options page itself.
    results.optionsScale = await measureOptionsScale(() => launchChromium({ extension: true }), { small: 50, large: 1000, opens: env('BENCH_OPTIONS_OPENS', 5) });
  });

  await section('team scale', async () => {
    // The team view with an outsourcing team: 1,000 agents over 10 shops against 50, a week of 6 metrics.
    results.teamScale = await measureTeamScale(() => launchChromium({ extension: true }), { small: 50, large: 1000, shops: 10, days: 7, opens: 5, rounds: env('BENCH_TEAM_ROUNDS', 9) });
  });

  await section('month', async () => {
    // Month values (issue 12) without a view: a month and its previous month read and aggregated per agent.
    results.month = await measureMonth(() => launchChromium({ extraArgs: gcArgs }), { small: 50, large: 1000, metrics: 25, months: env('BENCH_MONTH_MONTHS', 3), month: '2026-11', runs: env('BENCH_MONTH_RUNS', 5) });
  });

  await section('month view', async () => {
    // The side panel's month tab (issue 12): 50 and 1,000 agents, a year of daily data, to the first row.
    results.monthView = await measureMonthView(() => launchChromium({ extension: true }), { small: 50, large: 1000, days: env('BENCH_MONTH_VIEW_DAYS', 365), opens: env('BENCH_MONTH_VIEW_OPENS', 5) });
  });

  await section('sync', async () => {
    // Team sync (issue 13) against the stand-in: a new agent's year for 50 agents, a day's sync, a day's push at 1,000.
    results.sync = await measureSync(() => launchChromium(), {
      agents: 50,
      metrics: env('BENCH_SYNC_METRICS', 52),
      days: env('BENCH_SYNC_DAYS', 365),
      rounds: env('BENCH_SYNC_ROUNDS', 3),
      largeAgents: 1000,
      largeDays: env('BENCH_SYNC_LARGE_DAYS', 31),
    });
  });

  // The churn A/B(+control): browsers with identical flags but for the extension, measured side by side.
  // BENCH_ONLY='churn profile' launches only the browser with the extension.
  const ab = wants('churn') || wants('observer cost');
  if (ab || wants('churn profile')) {
    const [withExt, without, control] = await Promise.all([launchChromium({ extension: true }), ...(ab ? [launchChromium(), launchChromium()] : [])]);
    try {
      for (const b of [without, control, withExt]) if (b) await routeConsoles(b.context);
      const seconds = env('BENCH_CHURN_SECONDS', 8);
      await section('churn', async () => {
        results.churn = await measureChurn({ without: without!, control: control!, withExt: withExt! }, { rounds: env('BENCH_CHURN_ROUNDS', 5), seconds, settleMs: 2500 });
      });
      await section('churn profile', async () => void (results.profile = await profileChurn(withExt!, { seconds, settleMs: 2500 })));
      await section('observer cost', async () => void (results.observer = await probeObserverCost(without!)));
    } finally {
      await Promise.all([without, control, withExt].map((b) => b?.close()));
    }
  }

  // The property tests of tests/unit/fuzz with 20× the runs of `npm test` (BENCH_FUZZ_SCALE to change).
  await section('fuzz', () => void (results.fuzz = measureFuzz({ scale: env('BENCH_FUZZ_SCALE', 20) })));

  const lines = summaryLines(results);
  const file = writeResults(results, lines, {
    date: new Date().toISOString(),
    chromium: execFileSync(chromiumPath() ?? 'chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  });
  console.log(['', ...lines, `(written to ${file})`].join('\n'));
  if (Object.keys(results.errors).length > 0) throw new Error(`benchmark crashed: ${Object.keys(results.errors).join(', ')}`);
});
