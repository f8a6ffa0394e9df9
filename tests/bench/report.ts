import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { measureCapture } from './measure-capture';
import type { measureChurn } from './measure-churn';
import type { measureContentScriptSize } from './measure-size';
import type { measureWrite } from './measure-write';
import type { profileChurn } from './profile-churn';
import { RESULTS_DIR } from './support/paths';

export const GOALS = { captureRatio: 2, contentScriptBytes: 40_000, churnRatio: 0.02, writeRatio: 2 };

export interface BenchResults {
  capture?: Awaited<ReturnType<typeof measureCapture>>;
  size?: ReturnType<typeof measureContentScriptSize>;
  churn?: Awaited<ReturnType<typeof measureChurn>>;
  profile?: Awaited<ReturnType<typeof profileChurn>>;
  write?: Awaited<ReturnType<typeof measureWrite>>;
  errors: Record<string, string>;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const f = (x: number, d = 1) => x.toFixed(d);
const kb = (bytes: number) => `${f(bytes / 1000)} KB`;
/** OK / NOT MET, or INVALID when the result check failed (a wrong answer is not a fast one). */
const verdict = (met: boolean, valid = true) => (!valid ? 'INVALID' : met ? 'OK' : 'NOT MET');

/** The four goal lines of the issue, then the details behind them. */
export function summaryLines(r: BenchResults): string[] {
  const lines: string[] = [];
  const { capture: c, size: s, churn: ch, profile: p, write: w } = r;
  if (c) {
    lines.push(
      `capture ${n0(c.rows)}×${c.cols}: extract ${f(c.extractMs)} ms, read text ${f(c.readMs)} ms, ratio ${f(c.ratio, 2)} (goal ≤ ${GOALS.captureRatio}) ${verdict(c.ratio <= GOALS.captureRatio, c.check.ok)}`,
    );
  }
  if (s) lines.push(`content script: ${kb(s.bytes)} (${kb(s.gzipBytes)} gzip) (goal ≤ ${kb(GOALS.contentScriptBytes)}) ${verdict(s.bytes <= GOALS.contentScriptBytes)}`);
  if (ch) {
    lines.push(
      `churn overhead: ${f(ch.ratio * 100)}% (ext ${n0(ch.addedScriptMs)} ms / page ${n0(ch.pageScriptMs)} ms script over ${ch.seconds} s) (goal ≤ ${GOALS.churnRatio * 100}%) ${verdict(ch.ratio <= GOALS.churnRatio, ch.check)}`,
    );
  }
  if (w) {
    lines.push(
      `write ${n0(w.values)} values: capture path ${f(w.pathMs / 1000)} s, raw bulkPut ${f(w.rawMs / 1000)} s, ratio ${f(w.ratio, 2)} (goal ≤ ${GOALS.writeRatio}) ${verdict(w.ratio <= GOALS.writeRatio, w.check)}`,
    );
  }
  for (const [name, error] of Object.entries(r.errors)) lines.push(`${name}: CRASHED ${error}`);
  lines.push('');
  if (c) {
    lines.push(
      `  capture: ${n0(c.cells)} cells; cold first scan ${f(c.coldExtractMs)} ms; run-to-run spread extract ${f(c.extractSpread * 100, 0)}%, read ${f(c.readSpread * 100, 0)}%; check ${c.check.ok ? 'ok' : `FAILED ${JSON.stringify(c.check)}`}`,
    );
  }
  if (s) lines.push(`  content script: ${n0(s.bytes)} B in ${s.lines} line(s), ${n0(s.gzipBytes)} B gzip -9`);
  if (ch) {
    lines.push(
      `  churn: task time page ${n0(ch.pageTaskMs)} ms, with extension ${n0(ch.withTaskMs)} ms (added ${n0(ch.addedTaskMs)} ms); ${ch.rounds} rounds, page script spread ${f(ch.pageScriptSpread * 100, 0)}%; injected ${ch.check ? 'in every "with" window only' : 'CHECK FAILED'}`,
    );
    for (const x of ch.windows) lines.push(`    ${x.extension ? 'with   ' : 'without'} script ${f(x.scriptMs)} ms, task ${f(x.taskMs)} ms over ${f(x.seconds, 2)} s`);
  }
  if (p) {
    lines.push(`  profile (with extension, ${f(p.seconds)} s): content script ${f(p.extension)} ms, page scripts ${f(p.page)} ms, GC ${f(p.gc)} ms, other ${f(p.other)} ms`);
    for (const t of p.top) lines.push(`    ${f(t.ms)} ms  ${t.fn}  ${t.code}`);
  }
  if (w) {
    lines.push(`  write: capture path = parse ${f(w.parseMs / 1000, 2)} s + writeCapture ${f(w.writeMs / 1000, 2)} s; check ${w.check ? 'ok' : 'FAILED'}`);
    if (w.singleMs !== undefined) lines.push(`  write: one bulkPut of the whole year ${f(w.singleMs / 1000)} s, capture path / that = ${f(w.ratioSingle!, 2)}`);
    for (const x of w.runs) lines.push(`    ${x.mode.padEnd(12)} ${f(x.ms / 1000, 2)} s (wall ${f(x.wallMs / 1000, 2)} s)`);
  }
  return lines;
}

export function writeResults(r: BenchResults, lines: string[], extra: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'latest.json');
  writeFileSync(file, JSON.stringify({ ...extra, goals: GOALS, summary: lines.filter(Boolean), ...r }, null, 2));
  return file;
}
