/**
 * The fixture's big table (tests/fixtures/src/big-table.ts renders it from ?rows=&cols=) plus a probe
 * that times scanDocument against reading every cell's text once, in the page, so no CDP round trip
 * is counted.
 */
import '../../fixtures/src/big-table';
import { scanDocument } from '../../../lib/capture/scan-document';
import { checkCapture } from './check-capture';
import { timeAlternating } from './time-alternating';

const q = new URLSearchParams(location.search);
const rows = Number(q.get('rows') ?? 1000);
const cols = Number(q.get('cols') ?? 30);

/** The baseline: every cell's textContent once. The length sum keeps the read from being optimised away. */
function readText(): number {
  let total = 0;
  for (const td of document.querySelector('table')!.querySelectorAll('td,th')) total += td.textContent!.length;
  return total;
}

function extract(): number {
  return scanDocument(document).reduce((n, f) => n + f.table.rows.length, 0);
}

async function measure(options: { warmup: number; runs: number }) {
  const t0 = performance.now();
  const found = scanDocument(document); // cold: first call, before the JIT warms up
  const coldExtractMs = performance.now() - t0;
  const check = checkCapture(found, rows, cols);
  const times = await timeAlternating({ extract, readText }, options);
  return { rows, cols, cells: document.querySelector('table')!.querySelectorAll('td,th').length, coldExtractMs, check, ...times };
}

/** Extraction only, for a CPU profile. */
function repeat(n: number): void {
  for (let i = 0; i < n; i++) extract();
}

Object.assign(window, { kefuBench: { measure, repeat } });
