import { yearExport, YEAR_EXPORT_END } from '../fixtures/exports';
import type { ImportSample } from './src/import-page';
import type { BenchBrowser } from './support/launch-chromium';
import { BENCH_ORIGIN } from './support/paths';
import { serveBenchPages } from './support/serve-bench';
import { median } from './support/stats';

export const IMPORT_GOAL_SECONDS = 3;

export interface ImportOptions {
  days: number;
  agents: number;
  /** Parse-only runs before the timed import (the first loads the SheetJS chunk). */
  parseRuns: number;
}

interface PageResult {
  bytes: number;
  parseOnlyMs: number[];
  parseMs: number;
  writeMs: number;
  preview: { error: string | null; sheets: number; period: string; agents: number; metrics: number; problems: number; valueCount: number };
  result: { ok: true; files: number; values: number } | { ok: false; problems: string[] };
  values: number;
  captures: number;
  wrongSamples: string[];
  reimport: { alreadyImported: boolean; skipped: number; valuesUnchanged: boolean };
}

/** The day after the export's last day: what the user's "today" is when importing it. */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Imports a per-day export of `days` × `agents` (tests/fixtures/exports yearExport, ≈ 4 MB xlsx for a
 * year) in Chromium through lib/import, as the options page does: parse (readReportFiles) and write
 * (applyReportImport, one transaction) timed apart, then checks what was stored against the fixture.
 */
export async function measureImport(launch: () => Promise<BenchBrowser>, options: ImportOptions) {
  const b0 = performance.now();
  const fixture = yearExport(options.days, options.agents);
  const file = Buffer.from(fixture.bytes());
  const buildMs = performance.now() - b0;
  const expected = fixture.expected;
  // Every 997th value (prime: spreads over days, agents and metrics), missing ones included.
  const samples: ImportSample[] = expected.filter((_, i) => i % 997 === 0).map(({ periodStart, periodEnd, label, metric, value }) => ({ periodStart, periodEnd, label, metric, value }));

  const browser = await launch();
  let r: PageResult;
  try {
    const { context } = browser;
    await serveBenchPages(context);
    // Registered last, so it answers before the bench pages' catch-all route.
    await context.route(`${BENCH_ORIGIN}/files/year-export.xlsx`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: file }),
    );
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/import.html`);
    await page.waitForFunction(() => 'kefuBench' in window);
    r = await page.evaluate(
      (o) => (window as unknown as { kefuBench: { importYear(o: object): Promise<PageResult> } }).kefuBench.importYear(o),
      { url: `${BENCH_ORIGIN}/files/year-export.xlsx`, name: fixture.name, today: dayAfter(YEAR_EXPORT_END), parseRuns: options.parseRuns, samples },
    );
  } finally {
    await browser.close();
  }
  const values = expected.length;
  const check =
    r.preview.error === null &&
    r.preview.valueCount === values &&
    r.result.ok &&
    r.result.values === values &&
    r.values === values &&
    r.captures === 1 &&
    r.wrongSamples.length === 0 &&
    r.reimport.alreadyImported &&
    r.reimport.skipped === 1 &&
    r.reimport.valuesUnchanged;
  const warm = r.parseOnlyMs.slice(1);
  return {
    ...options,
    values,
    fileBytes: file.length,
    buildMs,
    samples: samples.length,
    parseMs: r.parseMs,
    writeMs: r.writeMs,
    totalMs: r.parseMs + r.writeMs,
    goalSeconds: IMPORT_GOAL_SECONDS,
    parseColdMs: r.parseOnlyMs[0] ?? NaN,
    parseWarmMs: warm.length > 0 ? median(warm) : NaN,
    parseUsPerValue: (r.parseMs * 1000) / values,
    writeUsPerValue: (r.writeMs * 1000) / values,
    check,
    page: r,
  };
}
