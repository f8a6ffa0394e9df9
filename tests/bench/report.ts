import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { measureCapture } from './measure-capture';
import type { measureCapturePath } from './measure-capture-path';
import type { measureChurn } from './measure-churn';
import type { measureImport } from './measure-import';
import type { measureMonth } from './measure-month';
import type { measureMonthView } from './measure-month-view';
import type { measureContentScriptSize } from './measure-size';
import type { measureWrite } from './measure-write';
import type { probeObserverCost } from './probe-observer';
import type { profileChurn } from './profile-churn';
import type { measureSidepanel } from './measure-sidepanel';
import type { measureUpgrade } from './measure-upgrade';
import type { measureFuzz } from './measure-fuzz';
import type { measureOptionsScale } from './measure-options-scale';
import type { measureTeamScale } from './measure-team-scale';
import type { measureSync } from './measure-sync';
import { median } from './support/stats';
import { RESULTS_DIR } from './support/paths';

export const GOALS = {
  captureRatio: 2,
  /** The whole capture path (extension main-thread script) against reading every cell's text once. */
  capturePathRatio: 2,
  contentScriptBytes: 40_000,
  churnRatio: 0.02,
  /** Churn page, CPU-profile attribution per script file: share of the page's own script time. */
  churnBadgeShare: 0.005,
  churnCaptureShare: 0.01,
  writeRatio: 2,
  firstChartMs: 300,
  agentSwitchMs: 100,
  optionsScaleRatio: 3,
  teamScaleRatio: 3,
  teamInteractionMs: 100,
  /** Issue 12: the month view of 50 agents to its first row; 1,000 agents within monthScaleRatio × that. */
  monthViewMs: 200,
  monthScaleRatio: 3,
  /** Issue 13: a new agent's first sync of a year for 50 agents, and a day's sync (push + pull). */
  syncFirstMs: 10_000,
  syncDailyMs: 1_000,
};

export interface BenchResults {
  capture?: Awaited<ReturnType<typeof measureCapture>>;
  capturePath?: Awaited<ReturnType<typeof measureCapturePath>>;
  size?: ReturnType<typeof measureContentScriptSize>;
  churn?: Awaited<ReturnType<typeof measureChurn>>;
  profile?: Awaited<ReturnType<typeof profileChurn>>;
  write?: Awaited<ReturnType<typeof measureWrite>>;
  observer?: Awaited<ReturnType<typeof probeObserverCost>>;
  sidepanel?: Awaited<ReturnType<typeof measureSidepanel>>;
  import?: Awaited<ReturnType<typeof measureImport>>;
  upgrade?: Awaited<ReturnType<typeof measureUpgrade>>;
  fuzz?: ReturnType<typeof measureFuzz>;
  optionsScale?: Awaited<ReturnType<typeof measureOptionsScale>>;
  teamScale?: Awaited<ReturnType<typeof measureTeamScale>>;
  month?: Awaited<ReturnType<typeof measureMonth>>;
  monthView?: Awaited<ReturnType<typeof measureMonthView>>;
  sync?: Awaited<ReturnType<typeof measureSync>>;
  errors: Record<string, string>;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const f = (x: number, d = 1) => x.toFixed(d);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const kb = (bytes: number) => `${f(bytes / 1000)} KB`;
/** OK / NOT MET, or INVALID when the result check failed (a wrong answer is not a fast one). */
const verdict = (met: boolean, valid = true) => (!valid ? 'INVALID' : met ? 'OK' : 'NOT MET');

/** The four goal lines of the issue, then the details behind them. */
export function summaryLines(r: BenchResults): string[] {
  const lines: string[] = [];
  const { capture: c, size: s, churn: ch, profile: p, write: w, observer: o, sidepanel: sp } = r;
  const im = r.import;
  if (c) {
    lines.push(
      `capture ${n0(c.rows)}×${c.cols}: extract ${f(c.extractMs)} ms, read text ${f(c.readMs)} ms, ratio ${f(c.ratio, 2)} (goal ≤ ${GOALS.captureRatio}) ${verdict(c.ratio <= GOALS.captureRatio, c.check.ok)}`,
    );
  }
  const cp = r.capturePath;
  if (cp) {
    lines.push(
      `capture path ${n0(cp.rows)}×${cp.cols} (built extension, CPU profile): extension ${f(cp.extensionMs)} ms; read floor from a content script's world ${f(cp.isolatedFloorMs)} ms, ratio ${f(cp.isolatedRatio, 2)} (goal ≤ ${GOALS.capturePathRatio}) ${verdict(cp.isolatedRatio <= GOALS.capturePathRatio, cp.check)}; the page's own read ${f(cp.floorMs)} ms, ratio ${f(cp.ratio, 2)}`,
    );
  }
  if (s) lines.push(`content script: ${kb(s.bytes)} (${kb(s.gzipBytes)} gzip) (goal ≤ ${kb(GOALS.contentScriptBytes)}) ${verdict(s.bytes <= GOALS.contentScriptBytes)}`);
  if (ch) {
    // A control that reads past the goal means this machine cannot resolve it now: say so, and add the
    // CPU profile's in-window share (blind to Blink's own observer work, immune to load).
    const noisy = Math.abs(ch.controlRatio) > GOALS.churnRatio;
    const share = p ? p.extension / p.page : undefined;
    const profile = share === undefined ? '' : `; CPU profile: extension ${f(share * 100)}% of page scripts ${verdict(share <= GOALS.churnRatio)}`;
    const met = noisy ? `INCONCLUSIVE (control reads ${f(ch.controlRatio * 100)}%)` : verdict(ch.ratio <= GOALS.churnRatio, ch.check);
    lines.push(
      `churn overhead: ${f(ch.ratio * 100)}% (ext ${n0(ch.addedScriptMs)} ms / page ${n0(ch.pageScriptMs)} ms script over ${ch.seconds} s) (goal ≤ ${GOALS.churnRatio * 100}%) ${ch.check ? met : 'INVALID'}${profile}`,
    );
  }
  if (p) {
    const pct = (x: number) => `${f(x * 100, 2)}%`;
    lines.push(
      `churn profile per script: badge host ${pct(p.overlayShare)} (goal ≤ ${pct(GOALS.churnBadgeShare)}) ${verdict(p.overlayShare <= GOALS.churnBadgeShare, p.badge)}, capture script ${pct(p.contentShare)} (goal ≤ ${pct(GOALS.churnCaptureShare)}) ${verdict(p.contentShare <= GOALS.churnCaptureShare)} of page scripts ${n0(p.page)} ms over ${p.seconds} s (steady state; the ${p.seconds} s after load: badge ${pct(p.afterLoad.overlayShare)}, capture ${pct(p.afterLoad.contentShare)})`,
    );
  }
  if (w) {
    const year = w.days >= 365 ? '' : ` (${w.days} of 365 days: BENCH_DAYS=365 for the year)`;
    lines.push(
      `write ${n0(w.values)} values${year}: capture path ${f(w.pathMs / 1000)} s, raw store write ${f(w.rawMs / 1000)} s, ratio ${f(w.ratio, 2)} (goal ≤ ${GOALS.writeRatio}) ${verdict(w.ratio <= GOALS.writeRatio, w.check)}`,
    );
  }
  if (sp) {
    const open = median(sp.openMs);
    const sw = median(sp.switchMs);
    const stored = `${n0(sp.values)} values stored`;
    lines.push(`side panel first chart (${stored}): median ${f(open)} ms of ${sp.openMs.length} opens (goal ≤ ${GOALS.firstChartMs} ms) ${verdict(open <= GOALS.firstChartMs, sp.check.ok)}`);
    lines.push(`side panel agent switch: median ${f(sw)} ms of ${sp.switchMs.length} switches (goal ≤ ${GOALS.agentSwitchMs} ms) ${verdict(sw <= GOALS.agentSwitchMs, sp.check.ok)}`);
  }
  if (im) {
    lines.push(
      `import ${im.days} days × ${im.agents} agents: parse ${n0(im.parseMs)} ms, write ${f(im.writeMs / 1000)} s, total ${f(im.totalMs / 1000)} s (goal ≤ ${im.goalSeconds} s) ${verdict(im.totalMs <= im.goalSeconds * 1000, im.check)}`,
    );
  }
  const fz = r.fuzz;
  if (fz) {
    const failed = fz.properties.filter((p) => !p.ok);
    lines.push(
      `fuzz ×${fz.scale} (seed ${fz.seed}): ${fz.properties.length} properties, ${n0(fz.runs)} runs in ${f(fz.totalMs / 1000)} s: ${fz.ok ? 'all hold' : `FAILED ${failed.map((p) => p.name).join('; ') || 'to run'}`}`,
    );
  }
  lines.push(...optionsScaleLines(r.optionsScale));
  lines.push(...teamScaleLines(r.teamScale));
  lines.push(...monthViewLines(r.monthView));
  lines.push(...syncLines(r.sync));
  for (const [name, error] of Object.entries(r.errors)) lines.push(`${name}: CRASHED ${error}`);
  lines.push('');
  if (c) {
    lines.push(
      `  capture: ${n0(c.cells)} cells; cold first scan ${f(c.coldExtractMs)} ms; fastest runs extract ${f(c.minExtractMs)} ms, read ${f(c.minReadMs)} ms, ratio ${f(c.minExtractMs / c.minReadMs, 2)}; run-to-run spread extract ${f(c.extractSpread * 100, 0)}%, read ${f(c.readSpread * 100, 0)}%; check ${c.check.ok ? 'ok' : `FAILED ${JSON.stringify(c.check)}`}`,
    );
    lines.push(`  capture profile (self time a scan, native calls named with their caller):`);
    for (const t of c.profile) lines.push(`    ${f(t.msPerRun).padStart(6)} ms  ${t.fn}`);
  }
  if (cp) {
    lines.push(`  capture path: check ${cp.check ? 'ok (every round stored every agent and metric)' : `FAILED ${JSON.stringify(cp.rounds.map((x) => x.stored))}`}`);
    for (const x of cp.rounds) {
      const files = Object.entries(x.files).map(([file, ms]) => `${file.replace(/^content-scripts\//, '')} ${f(ms)}`).join(', ');
      lines.push(
        `    extension ${f(x.extensionMs)} ms (${files}); isolated floor ${f(x.isolatedFloorMs)} ms, ratio ${f(x.isolatedRatio, 2)}; page floor ${f(x.floorMs)} ms (timed ${f(x.floorTimedMs)} ms), ratio ${f(x.ratio, 2)}; inserted → stored ${n0(x.wallMs)} ms`,
      );
      lines.push(`      top: ${x.top.map((t) => `${t.fn} ${f(t.ms)}`).join(', ')}`);
    }
  }
  if (s) lines.push(`  content script: ${n0(s.bytes)} B in ${s.lines} line(s), ${n0(s.gzipBytes)} B gzip -9`);
  if (ch) {
    lines.push(
      `  churn (thread CPU time, pages measured side by side): control without extension reads ${f(ch.controlRatio * 100)}% (the noise floor); task time page ${n0(ch.pageTaskMs)} ms, added ${n0(ch.addedTaskMs)} ms; page script spread ${f(ch.pageScriptSpread * 100, 0)}% over ${ch.rounds} rounds; injected ${ch.check ? 'in every "with" window only' : 'CHECK FAILED'}`,
    );
    for (const x of ch.perRound) {
      lines.push(`    script without ${f(x.without.scriptMs)} ms, control ${f(x.control.scriptMs)} ms, with ${f(x.with.scriptMs)} ms (over ${f(x.with.seconds, 2)} s)`);
    }
  }
  if (p) {
    lines.push(
      `  churn profile (with extension, steady state, ${p.seconds} s): extension ${f(p.extension)} ms = ${f((p.extension / p.page) * 100)}% of page scripts ${f(p.page)} ms; GC ${f(p.gc)} ms, other ${f(p.other)} ms; badge ${p.badge ? 'shown' : 'MISSING (check failed)'}`,
    );
    for (const [file, ms] of Object.entries(p.files)) lines.push(`    ${f(ms).padStart(6)} ms  ${file}`);
    for (const t of p.top) lines.push(`    ${f(t.ms).padStart(6)} ms  ${t.fn}  ${t.code}`);
  }
  if (o) {
    const pagePerSecond = ch ? ch.pageScriptMs / ch.seconds : NaN;
    lines.push(
      `  observer floor: the page makes ${n0(o.recordsPerSecond)} mutation records/s in ${n0(o.callbacksPerSecond)} callbacks/s; a document-wide observer adds ${f(o.usPerMutation, 2)} µs to each → ${f(o.msPerSecond, 2)} ms/s inside the page's own script${ch ? ` = ${f((o.msPerSecond / pagePerSecond) * 100)}% of it` : ''}, before any callback`,
    );
  }
  if (w) {
    lines.push(
      `  write: capture path = parse ${f(w.parseMs / 1000, 2)} s + writeCapture ${f(w.writeMs / 1000, 2)} s; building the value records alone ${f(w.recordsMs / 1000, 2)} s; check ${w.check ? 'ok' : 'FAILED'}`,
    );
    if (w.singleMs !== undefined) lines.push(`  write: one bulkPut of all ${w.days} days ${f(w.singleMs / 1000)} s, capture path / that = ${f(w.ratioSingle!, 2)}`);
    for (const x of w.runs) {
      const days = x.dayMs ? `, a day first ${f(avg(x.dayMs.slice(0, 5)), 0)} ms → last ${f(avg(x.dayMs.slice(-5)), 0)} ms` : '';
      lines.push(`    ${x.mode.padEnd(12)} ${f(x.ms / 1000, 2)} s (${f((x.ms * 1000) / x.values)} µs a value${days})`);
    }
  }
  if (sp) {
    const range = (xs: number[]) => `${f(Math.min(...xs))}–${f(Math.max(...xs))} ms`;
    lines.push(
      `  side panel: opens ${range(sp.openMs)}, switches ${range(sp.switchMs)}, team view to first row ${sp.teamOpenMs.map((x) => f(x, 0)).join(' / ')} ms (incl. navigation); ${sp.seededNow ? `seeded now in ${f((sp.seedMs ?? 0) / 1000)} s` : 'year reused from the kept profile'}; check ${sp.check.ok ? 'ok' : `FAILED ${sp.check.detail}`}`,
    );
  }
  if (im) {
    const pg = im.page;
    lines.push(
      `  import: ${n0(im.values)} values from a ${f(im.fileBytes / 1e6, 2)} MB xlsx; parse ${f(im.parseUsPerValue, 2)} µs a value (parse only: first ${n0(im.parseColdMs)} ms incl. loading SheetJS, then median ${n0(im.parseWarmMs)} ms), write ${f(im.writeUsPerValue)} µs a value (IndexedDB); preview ${pg.preview.period}, ${pg.preview.agents} agents, ${pg.preview.metrics} metrics, ${pg.preview.problems} problem cells; check ${im.check ? 'ok' : `FAILED ${JSON.stringify({ result: pg.result, stored: pg.values, logs: pg.captures, wrong: pg.wrongSamples.slice(0, 3), reimport: pg.reimport, error: pg.preview.error })}`} (${im.samples} sampled values, re-import changes nothing)`,
    );
  }
  const up = r.upgrade;
  if (up) {
    lines.push(
      `  upgrade: a version-2 store of ${n0(up.oldValues)} values (${up.days} days, written raw in ${f(up.oldWriteMs / 1000)} s) opens as version 3 in ${f(up.upgradeMs / 1000, 2)} s (${f((up.upgradeMs * 1000) / up.oldValues, 2)} µs a value) → ${n0(up.records)} month records; check ${up.check ? 'ok' : `FAILED ${JSON.stringify({ values: up.values, agent: up.agentValues, expectedAgent: up.expectedAgentValues })}`}`,
    );
  }
  if (fz) {
    for (const p of fz.properties) lines.push(`  fuzz ${p.ok ? 'ok    ' : 'FAILED'} ${f(p.ms / 1000).padStart(6)} s  ${p.name}${p.failure ? `\n${p.failure}` : ''}`);
  }
  lines.push(...teamScaleDetails(r.teamScale));
  lines.push(...monthLines(r.month));
  return lines;
}

/**
 * Month values (issue 12), the core under the month view: reading a month and the previous one, and
 * aggregating both per agent. Against the view's goals, since the view can only be slower.
 */
function monthLines(m: BenchResults['month']): string[] {
  if (!m) return [];
  const size = (s: typeof m.small) =>
    `    ${n0(s.agents)} agents (${n0(s.values)} values in ${n0(s.records)} month records, seeded in ${f(s.seedMs / 1000)} s; ${n0(s.rowsRead)} day rows read): IndexedDB getAll alone ${s.rawReadMs.map((x) => f(x, 0)).join(' / ')} ms; read ${s.readMs.map((x) => f(x, 0)).join(' / ')} ms, aggregate ${s.aggregateMs.map((x) => f(x, 0)).join(' / ')} ms; the month alone (read + aggregate) ${s.monthOnlyMs.map((x) => f(x, 0)).join(' / ')} ms; check ${s.check ? 'ok' : `FAILED ${JSON.stringify({ agents: s.agentsDone, consult: s.consult, expected: s.expectedConsult })}`}`;
  const [a, b] = [m.small.medianMs.total, m.large.medianMs.total];
  const [a1, b1] = [median(m.small.monthOnlyMs), median(m.large.monthOnlyMs)];
  const [goalA, goalB] = [GOALS.monthViewMs, GOALS.monthViewMs * GOALS.monthScaleRatio];
  const both = (ms: number, alone: number, goal: number) =>
    `with the previous month ${f(ms, 0)} ms ${verdict(ms <= goal, m.check)}, the month alone ${f(alone, 0)} ms ${verdict(alone <= goal, m.check)} (goal ≤ ${goal})`;
  return [
    `month values (no view) ${n0(m.small.agents)} agents: ${both(a, a1, goalA)}`,
    `month values (no view) ${n0(m.large.agents)} agents: ${both(b, b1, goalB)}; ratio to ${n0(m.small.agents)} agents ${f(m.ratio, 2)}`,
    `  month values (${m.metrics} metrics, ${m.months} months stored, ${m.month} and the month before read; medians of ${m.runs} runs)`,
    size(m.small),
    size(m.large),
  ];
}

/** The options page at 1,000 agents against 50 (issue 11): the goal lines, then each run's loads. */
function optionsScaleLines(os: BenchResults['optionsScale']): string[] {
  if (!os) return [];
  const { small: a, large: b } = os;
  const goal = GOALS.optionsScaleRatio;
  const runs = [a, b].map(
    (x) =>
      `  options ${n0(x.agents)} agents (${n0(x.values)} values, ${kb(x.csvBytes)} CSV imported on the page in ${f(x.importMs / 1000)} s): interactive ${x.loads.map((l) => f(l.interactiveMs, 0)).join(' / ')} ms, elements ${x.loads.map((l) => n0(l.elements)).join(' / ')}`,
  );
  return [
    `options page ${n0(b.agents)} vs ${n0(a.agents)} agents: export button clickable ${f(b.interactiveMs, 0)} vs ${f(a.interactiveMs, 0)} ms, ratio ${f(os.timeRatio, 2)} (goal ≤ ${goal}) ${verdict(os.timeRatio <= goal, os.check)}`,
    `options page ${n0(b.agents)} vs ${n0(a.agents)} agents: DOM elements ${n0(b.elements)} vs ${n0(a.elements)}, ratio ${f(os.elementRatio, 2)} (goal ≤ ${goal}) ${verdict(os.elementRatio <= goal, os.check)}`,
    ...runs,
  ];
}

/** The team view at 1,000 agents against 50 (issue 11): the goal lines. */
function teamScaleLines(ts: BenchResults['teamScale']): string[] {
  if (!ts) return [];
  const g = GOALS.teamScaleRatio;
  const ms = GOALS.teamInteractionMs;
  const [sort, shop, search] = [median(ts.sortMs), median(ts.shopMs), median(ts.searchMs)];
  return [
    `team view ${n0(ts.large.agents)} vs ${n0(ts.small.agents)} agents: open → rows ${f(ts.openMedianMs.large, 0)} vs ${f(ts.openMedianMs.small, 0)} ms, ratio ${f(ts.openRatio, 2)} (goal ≤ ${g}) ${verdict(ts.openRatio <= g)}; DOM ${n0(ts.large.domElements)} vs ${n0(ts.small.domElements)} elements, ratio ${f(ts.domRatio, 2)} (goal ≤ ${g}) ${verdict(ts.domRatio <= g)}`,
    `team view ${n0(ts.large.agents)} agents: sort ${f(sort)} ms, shop filter ${f(shop)} ms, search ${f(search)} ms (medians, goal ≤ ${ms} ms) ${verdict(Math.max(sort, shop, search) <= ms, ts.check.ok)}`,
  ];
}

function teamScaleDetails(ts: BenchResults['teamScale']): string[] {
  if (!ts) return [];
  const list = (xs: number[]) => xs.map((x) => f(x, 0)).join(' / ');
  const size = (s: typeof ts.small) =>
    `    ${n0(s.agents)} agents (${n0(s.values)} values, seeded in ${f(s.seedMs / 1000)} s): team opens ${list(s.openMs)} ms, ${n0(s.rowsInDom)} rows in the DOM; agent view first chart ${list(s.agentOpenMs)} ms, ${n0(s.agentDomElements)} elements with ${n0(s.pickerOptions)} picker options, switches ${list(s.agentSwitchMs)} ms`;
  return [
    `  team scale (${ts.shops} shops × ${ts.days} days × 6 metrics, side panel 480×900): sort ${list(ts.sortMs)} ms; shop ${list(ts.shopMs)} ms; search ${list(ts.searchMs)} ms; check ${ts.check.ok ? 'ok' : `FAILED ${ts.check.detail}`}`,
    size(ts.small),
    size(ts.large),
  ];
}

export function writeResults(r: BenchResults, lines: string[], extra: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'latest.json');
  writeFileSync(file, JSON.stringify({ ...extra, goals: GOALS, summary: lines.filter(Boolean), ...r }, null, 2));
  return file;
}

/** The month view (issue 12): navigation to #month → its first row, 50 and 1,000 agents, a year of daily data. */
function monthViewLines(mv: BenchResults['monthView']): string[] {
  if (!mv) return [];
  const goal = GOALS.monthViewMs;
  const [a, b] = [mv.firstRowMedianMs.small, mv.firstRowMedianMs.large];
  return [
    `month view ${n0(mv.small.agents)} agents: first row ${f(a, 0)} ms (goal ≤ ${goal}) ${verdict(a <= goal, mv.check)}; changes in ${f(median(mv.small.changesMs), 0)} ms`,
    `month view ${n0(mv.large.agents)} agents: first row ${f(b, 0)} ms, ratio ${f(mv.ratio, 2)} (goal ≤ ${GOALS.monthScaleRatio}) ${verdict(mv.ratio <= GOALS.monthScaleRatio, mv.check)}; changes in ${f(median(mv.large.changesMs), 0)} ms`,
    `  month view: ${mv.days} days of ${n0(mv.large.values)} values (${n0(mv.large.records)} month records) at ${n0(mv.large.agents)} agents; opens ${mv.small.firstRowMs.map((x) => f(x, 0)).join(' / ')} ms and ${mv.large.firstRowMs.map((x) => f(x, 0)).join(' / ')} ms`,
  ];
}

/** Team sync (issue 13) in Chromium's IndexedDB against the stand-in: first sync and a day's, the large team's push. */
function syncLines(sy: BenchResults['sync']): string[] {
  if (!sy) return [];
  const t = sy.team;
  return [
    `sync first ${n0(sy.agents)} agents × ${sy.days} days × ${sy.metrics} metrics (${n0(t.values)} values, ${n0(t.records)} month records): new agent ${f(sy.firstMs / 1000, 2)} s (goal ≤ ${GOALS.syncFirstMs / 1000} s) ${verdict(sy.firstMs <= GOALS.syncFirstMs, sy.check)}; the manager's first push ${f(t.managerFirst.ms / 1000, 2)} s`,
    // Each browser runs its own pass: the goal holds for the agent's pull and for the manager's push.
    `sync a day ${n0(sy.agents)} agents: the agent's pull ${f(sy.dailyPullMs, 0)} ms, the manager's push ${f(sy.dailyPushMs, 0)} ms (goal ≤ ${GOALS.syncDailyMs} each) ${verdict(Math.max(sy.dailyPullMs, sy.dailyPushMs) <= GOALS.syncDailyMs, sy.check)}; both ${f(sy.dailyMs, 0)} ms`,
    `sync a day's push ${n0(sy.largeAgents)} agents (${sy.largeDays} days, ${n0(sy.large.records)} month records held): ${f(sy.largePushMs, 0)} ms, ratio ${f(sy.pushRatio, 1)} to ${n0(sy.agents)} agents (no goal); first push ${f(sy.large.managerFirst.ms / 1000, 1)} s`,
    `  sync rounds: push ${t.daily.map((d) => f(d.pushMs, 0)).join(' / ')} ms, pull ${t.daily.map((d) => f(d.pullMs ?? 0, 0)).join(' / ')} ms (${t.daily.map((d) => d.pulled).join(' / ')} documents); large push ${sy.large.daily.map((d) => f(d.pushMs, 0)).join(' / ')} ms`,
  ];
}
