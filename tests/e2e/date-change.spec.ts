import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { routeConsoles } from '../fixtures/route-consoles';
import {
  CHITU_DATE,
  CHITU_LATENCY_MS,
  chituGoToDate,
  chituKpiTable,
  chituPageUrl,
  chituRowTexts,
  chituShiftDay,
  chituState,
  scenarioById,
  type ScenarioTable,
} from '../fixtures/scenarios/index';
import { downloadText, openOptions, parseCsv, storedRecords, type CsvRow } from './support/stored-data';
import { guardNetwork } from './support/network-guard';
import type { ValueRecord } from '../../lib/model/schemas/records';

// A date change in the page is a new capture: each day is stored as a one-day period of its own,
// and the days already stored keep their values.
//
// As in the real console, the page's DatePicker shows the new day at once while the table keeps the
// previous day's rows under Fusion's loading overlay until the day's request answers (CHITU_LATENCY_MS,
// or ?latency=): the DOM is still for longer than the extension's quiet time, with the new day in the
// picker and the old day's numbers in the table. Nothing may ever be stored from that state.
const DAY1 = CHITU_DATE; // 2026-11-25, the day the page opens on
const DAY2 = chituShiftDay(DAY1, -1); // 2026-11-24, by the 前一天 button
const DAY3 = chituShiftDay(DAY1, -2); // 2026-11-23, by a click in the DatePicker's calendar
const DAYS = [DAY1, DAY2, DAY3];
const TABLES = new Map<string, ScenarioTable>(DAYS.map((d) => [d, chituKpiTable(d)]));

let session: ExtensionSession;
test.afterEach(async () => {
  await session?.close();
});

const key = (start: string, end: string, agent: string, metric: string) => `${start}|${end}|${agent}|${metric}`;

/** Every cell the extension must hold for `day`: key → value and row kind. */
function expectedCells(day: string): Map<string, { value: number | null; kind: string }> {
  const table = TABLES.get(day)!;
  const out = new Map<string, { value: number | null; kind: string }>();
  for (const row of table.rows) {
    for (const metric of table.metrics) out.set(key(day, day, row.label, metric), { value: row.values[metric] ?? null, kind: row.kind });
  }
  return out;
}

/** Cells of `day` not (yet) stored with their expected value under the period day … day. */
function cellsNotStored(values: ValueRecord[], day: string): string[] {
  const stored = new Map(values.map((v) => [key(v.periodStart, v.periodEnd, v.label, v.metric), v]));
  const wrong: string[] = [];
  for (const [k, want] of expectedCells(day)) {
    const hit = stored.get(k);
    if (!hit) wrong.push(`${k}: missing`);
    else if (hit.value !== want.value || hit.rowKind !== want.kind) wrong.push(`${k}: ${hit.value}/${hit.rowKind}, want ${want.value}/${want.kind}`);
  }
  return wrong;
}

/**
 * The day whose table holds `value` for the cell (`label`, `metric`), when it is not `day`'s own: where a
 * stale value came from. `from` (the day shown before) is asked first: a few cells agree across days.
 */
function dayOfValue(day: string, from: string, label: string, metric: string, value: number | null): string | undefined {
  return [from, ...DAYS].find((d) => d !== day && expectedCells(d).get(key(d, d, label, metric))?.value === value);
}

interface Sighting {
  /** ms since the last day change of the page (see StoredWatch.changed), when first seen. */
  at: number;
  /** The day being loaded or shown at that moment, and the one shown before it. */
  during: string;
  from: string;
  record: ValueRecord;
}

/**
 * Reads the raw IndexedDB over and over (every ~100 ms) for as long as the test runs, and keeps every
 * value it ever saw stored wrong: under a period other than one of DAYS' one-day periods, or under a day
 * with another value or row kind than that day's table has. What is right at the end may have been wrong
 * in between (a stale capture later overwritten): this sees it.
 */
class StoredWatch {
  private readonly seen = new Map<string, Sighting>();
  private running = true;
  private samples = 0;
  private since = Date.now();
  private day = DAY1;
  private from = DAY1;
  private readonly loop: Promise<void>;
  /** Why the watch stopped reading before stop(), if it did. */
  failure: string | undefined;

  constructor(private readonly options: Page) {
    this.loop = this.run().catch((error: unknown) => {
      if (this.running) this.failure = String(error);
    });
  }

  /** The page was just told to switch from `from` to `day`. */
  changed(from: string, day: string): void {
    this.since = Date.now();
    this.from = from;
    this.day = day;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const { values } = await storedRecords(this.options);
      this.samples++;
      for (const v of values) {
        const want = DAYS.includes(v.periodStart) && v.periodEnd === v.periodStart ? expectedCells(v.periodStart).get(key(v.periodStart, v.periodEnd, v.label, v.metric)) : undefined;
        if (want && want.value === v.value && want.kind === v.rowKind) continue;
        const k = `${v.captureId}|${key(v.periodStart, v.periodEnd, v.label, v.metric)}|${v.value}`;
        if (!this.seen.has(k)) this.seen.set(k, { at: Date.now() - this.since, during: this.day, from: this.from, record: v });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** How many times the store was read. */
  get sampleCount(): number {
    return this.samples;
  }

  /**
   * Every wrong value seen so far under `day` (all days when omitted), one line per capture that stored
   * them: how many, whose numbers they are, when they were first seen, a few examples.
   */
  wrong(day?: string): string[] {
    const byCapture = new Map<string, Sighting[]>();
    for (const s of this.seen.values()) {
      if (day !== undefined && s.record.periodStart !== day) continue;
      const c = `${s.record.periodStart}…${s.record.periodEnd} capture ${String(s.record.captureId)}`;
      byCapture.set(c, [...(byCapture.get(c) ?? []), s]);
    }
    return [...byCapture].map(([c, list]) => {
      const from = new Map<string, number>();
      for (const s of list) {
        const d = dayOfValue(s.record.periodStart, s.from, s.record.label, s.record.metric, s.record.value) ?? 'no day';
        from.set(d, (from.get(d) ?? 0) + 1);
      }
      const first = Math.min(...list.map((s) => s.at));
      const examples = list.slice(0, 3).map((s) => {
        const want = expectedCells(s.record.periodStart).get(key(s.record.periodStart, s.record.periodEnd, s.record.label, s.record.metric));
        return `${s.record.label}/${s.record.metric}=${s.record.value} (want ${want ? want.value : 'nothing'})`;
      });
      const origin = [...from].map(([d, n]) => `${n} = ${d}'s value`).join(', ');
      return `${c}: ${list.length} wrong values (${origin}), first seen ${first} ms after the change to ${list[0]!.during}; e.g. ${examples.join('; ')}`;
    });
  }
}

async function expectDayStored(options: Page, day: string): Promise<void> {
  await expect
    .poll(async () => cellsNotStored((await storedRecords(options)).values, day), { timeout: 15_000, message: `every cell of ${day} stored` })
    .toEqual([]);
}

test('the data module gives each day its own values for the same agents', () => {
  const [t1, t2, t3] = DAYS.map((d) => TABLES.get(d)!);
  const labels = (t: ScenarioTable) => t.rows.map((r) => `${r.kind}|${r.label}`);
  expect(labels(t2!)).toEqual(labels(t1!));
  expect(labels(t3!)).toEqual(labels(t1!));
  expect(scenarioById('chitu-fusion').tables[0]!.rows).toEqual(t1!.rows);
  // Only the newest day has the first agent still being computed (all null).
  const first = (t: ScenarioTable) => Object.values(t.rows[0]!.values);
  expect(first(t1!).every((v) => v === null)).toBe(true);
  expect(first(t2!).filter((v) => v === null).length).toBe(0);
  // Nearly every cell differs between two days, so a row stored under the wrong day cannot pass for right.
  for (const [a, b] of [[t1!, t2!], [t1!, t3!], [t2!, t3!]] as const) {
    let comparable = 0;
    let same = 0;
    for (const [i, row] of a.rows.entries()) {
      for (const m of a.metrics) {
        const x = row.values[m];
        const y = b.rows[i]!.values[m];
        if (x == null || y == null) continue;
        comparable++;
        if (x === y) same++;
      }
    }
    expect(comparable).toBeGreaterThan(100);
    expect(same / comparable).toBeLessThan(0.1);
  }
});

/**
 * Clicks the page over to `day` and, while its request runs, checks the page is in the state that fools
 * a naive capture: the picker shows `day`, the table still shows `from`'s rows under the loading overlay.
 * Resolves once the table shows `day`.
 */
async function switchDay(page: Page, watch: StoredWatch, from: string, day: string, via: 'buttons' | 'picker'): Promise<void> {
  const going = chituGoToDate(page, day, via);
  // chituGoToDate clicks first; the change counts from the first moment the picker shows the new day.
  await expect.poll(async () => (await chituState(page)).picker, { timeout: 5_000, intervals: [10] }).toBe(day);
  watch.changed(from, day);
  const loading = await chituState(page);
  expect({ ...loading, rows: undefined }, `while ${day} loads`).toEqual({ picker: day, rowsOf: from, loading: true, rows: undefined });
  expect(loading.rows, `${from}'s rows stay in the table while ${day} loads`).toEqual(chituRowTexts(from));
  await going;
  const done = await chituState(page);
  expect(done, `${day} shown`).toEqual({ picker: day, rowsOf: day, loading: false, rows: chituRowTexts(day) });
}

for (const latency of [undefined, 3_000]) {
  const ms = latency ?? CHITU_LATENCY_MS;
  test(`chitu (${ms} ms per day's request): picking another day stores that day as its own one-day period, never the previous day's rows under it; earlier days stay as stored`, async () => {
    test.setTimeout(90_000);
    session = await launchWithExtension();
    const network = await guardNetwork(session.context);
    await routeConsoles(session.context);
    const page = await session.context.newPage();
    await page.goto(chituPageUrl({ latency }));
    const options = await openOptions(session.context, session.extensionId);
    const watch = new StoredWatch(options);
    try {
      await expectDayStored(options, DAY1);
      const day1Records = (await storedRecords(options)).values.filter((v) => v.periodStart === DAY1);

      await switchDay(page, watch, DAY1, DAY2, 'buttons'); // 前一天
      await expectDayStored(options, DAY2);
      expect.soft(watch.wrong(DAY2), `nothing but ${DAY2}'s own values ever stored under ${DAY2}`).toEqual([]);
      await switchDay(page, watch, DAY2, DAY3, 'picker'); // the calendar of the DatePicker
      await expectDayStored(options, DAY3);
      expect.soft(watch.wrong(DAY3), `nothing but ${DAY3}'s own values ever stored under ${DAY3}`).toEqual([]);

      const shot = test.info().outputPath(`chitu-${DAY3}.png`);
      await page.screenshot({ path: shot });
      await test.info().attach(`chitu after switching to ${DAY3}`, { path: shot, contentType: 'image/png' });
      await expect(page.locator('.ct-date input')).toHaveValue(DAY3);
      await expect(page.getByTestId('capture-toast')).toContainText('已保存');

      // Nothing late may arrive: give the page time to settle, then look at what is stored.
      await page.waitForTimeout(1500);
      const { values, captures } = await storedRecords(options);

      // The first day's records are exactly as first stored (same values, same capture) after the later days.
      expect(values.filter((v) => v.periodStart === DAY1)).toEqual(day1Records);
      for (const day of DAYS) expect(cellsNotStored(values, day), day).toEqual([]);
      const cellCount = DAYS.reduce((n, d) => n + expectedCells(d).size, 0);
      expect(values.length).toBe(cellCount);
      expect(values.every((v) => DAYS.includes(v.periodStart) && v.periodEnd === v.periodStart && !v.periodGuessed)).toBe(true);

      // One capture per day, each a one-day period read from the page, its values under its own period.
      const capturesByDay = new Map(DAYS.map((d) => [d, captures.filter((c) => c.period.start === d)]));
      for (const day of DAYS) {
        const list = capturesByDay.get(day)!;
        expect(list.map((c) => ({ ...c.period, evidence: undefined })), day).toEqual([{ start: day, end: day, guessed: false, evidence: undefined }]);
        expect(list[0]!.period.evidence).toContain(day);
        expect({ agents: list[0]!.agentCount, benchmarks: list[0]!.benchmarkCount }).toEqual({ agents: 12, benchmarks: 2 });
        const ids = new Set(values.filter((v) => v.periodStart === day).map((v) => v.captureId));
        expect([...ids], day).toEqual([list[0]!.id]);
      }
      expect(captures.length).toBe(DAYS.length);

      // The CSV export holds every cell of the three days, each under its own day and nothing else.
      const { text, fileName } = await downloadText(options, 'export-csv');
      expect(fileName).toMatch(/\.csv$/);
      const csv = parseCsv(text);
      expect(csv.header.slice(0, 5)).toEqual(['period_start', 'period_end', 'agent', 'metric', 'value']);
      const expected = new Map(DAYS.flatMap((d) => [...expectedCells(d)]));
      const byKey = new Map<string, CsvRow>();
      for (const row of csv.rows) {
        const k = key(row.period_start!, row.period_end!, row.agent!, row.metric!);
        expect(byKey.has(k), `one CSV row per value: ${k}`).toBe(false);
        expect(row.period_start, k).toBe(row.period_end);
        byKey.set(k, row);
      }
      expect([...byKey.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [k, want] of expected) {
        const row = byKey.get(k)!;
        expect({ k, value: row.value === '' ? null : Number(row.value), kind: row.row_kind }).toEqual({ k, ...want });
      }
      for (const day of DAYS) expect(csv.rows.filter((r) => r.period_start === day).length, day).toBe(expectedCells(day).size);

      expect(network.foreign(), 'requests to hosts other than the routed consoles').toEqual([]);

      // Seen at any time, not only at the end: no wrong value under any period, ever.
      expect(watch.failure, 'the store was watched all along').toBeUndefined();
      expect(watch.sampleCount, 'the store was watched all along').toBeGreaterThan(20);
      expect(watch.wrong(), 'every value ever stored').toEqual([]);
    } finally {
      await watch.stop();
    }
  });
}
