/**
 * Times the core of the month view (issue 12): readMonthRows for a month and its previous month, then
 * monthValues for every agent in both, on a store of `months` months of daily values (written straight as
 * month records: the write path is measured elsewhere). No view: the figure is the floor under the view's
 * first row.
 */
import { Dexie } from 'dexie';
import { monthValues } from '../../../lib/analysis/month-values';
import { monthWindow, previousMonth } from '../../../lib/analysis/month-window';
import { openDatabase } from '../../../lib/db/database';
import { readMonthRows, rowsOfLabels } from '../../../lib/db/month-rows';
import { packIntoMonth, monthsFromTo } from '../../../lib/db/value-month';
import { valueId } from '../../../lib/model/keys';
import { METRICS } from '../../../lib/model/metric-catalog';
import type { ValueRecord } from '../../../lib/model/schemas/records';

interface Options {
  agents: number;
  metrics: number;
  /** Months of daily data, ending with the month viewed (YYYY-MM). */
  months: number;
  month: string;
  runs: number;
}

const SOURCE = 'sycm|https://sycm.taobao.com/qos/service/kefu_performance|bench';
const label = (a: number) => `旗舰店${a % 10}:客服${String(a).padStart(4, '0')}`;

function daysOf(month: string): string[] {
  const w = monthWindow(month, '2100-01-01');
  return Array.from({ length: w.days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

async function run(o: Options) {
  const ids = METRICS.slice(0, o.metrics).map((m) => m.id);
  const first = monthsFromTo('2000-01', o.month).slice(-o.months)[0]!;
  const months = monthsFromTo(first, o.month);
  const name = `kefu-bench-month-${Date.now()}`;
  const db = openDatabase(name);
  try {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Agent 0's 咨询人数 of the month viewed, summed here: the check of the aggregate.
    let expectedConsult = 0;
    let values = 0;
    const s0 = performance.now();
    for (let a = 0; a < o.agents; a++) {
      const records = months.map((month) => {
        const batch: ValueRecord[] = [];
        for (const [d, day] of daysOf(month).entries()) {
          for (const metric of ids) {
            const value = metric.endsWith('_count') ? Math.round(rnd() * 500) : Math.round(rnd() * 10_000) / 100;
            if (a === 0 && metric === 'consult_count' && month === o.month) expectedConsult += value;
            batch.push({ id: valueId(SOURCE, day, day, label(a), metric), sourceKey: SOURCE, console: 'sycm', periodStart: day, periodEnd: day, periodGuessed: false, label: label(a), rowKind: 'agent', metric, value, captureId: d + 1, capturedAt: `${day}T23:00:00.000Z` });
          }
        }
        values += batch.length;
        return packIntoMonth(undefined, batch);
      });
      await db.valueMonths.bulkPut(records);
    }
    const seedMs = performance.now() - s0;

    const window = monthWindow(o.month, '2100-01-01');
    const previous = monthWindow(previousMonth(o.month), '2100-01-01');
    // The floor: IndexedDB's getAll of the two months' records, nothing built from them.
    const rawReadMs: number[] = [];
    for (let r = 0; r < o.runs; r++) {
      const t0 = performance.now();
      await Promise.all([o.month, previous.month].map((m) => db.valueMonths.where('month').equals(m).toArray()));
      rawReadMs.push(performance.now() - t0);
    }
    const readMs: number[] = [];
    const aggregateMs: number[] = [];
    let agentsDone = 0;
    let consult: number | null = null;
    let rowsRead = 0;
    for (let r = 0; r < o.runs; r++) {
      const t0 = performance.now();
      const read = await readMonthRows(db, [o.month, previous.month]);
      const t1 = performance.now();
      const now = read.get(o.month)!;
      const before = read.get(previous.month)!;
      agentsDone = 0;
      for (const text of now.byLabel.keys()) {
        const cur = monthValues(rowsOfLabels(now, [text]), window, ids);
        monthValues(rowsOfLabels(before, [text]), previous, ids);
        if (text === label(0)) consult = cur.get('consult_count')?.value ?? null;
        agentsDone++;
      }
      aggregateMs.push(performance.now() - t1);
      readMs.push(t1 - t0);
      rowsRead = [...now.byLabel.values(), ...before.byLabel.values()].reduce((n, rows) => n + rows.length, 0);
    }
    // The month alone (the view can show it before the previous month's change arrives).
    const monthOnlyMs: number[] = [];
    for (let r = 0; r < o.runs; r++) {
      const t0 = performance.now();
      const now = (await readMonthRows(db, [o.month])).get(o.month)!;
      for (const text of now.byLabel.keys()) monthValues(rowsOfLabels(now, [text]), window, ids);
      monthOnlyMs.push(performance.now() - t0);
    }
    return { monthOnlyMs, seedMs, values, records: await db.valueMonths.count(), rawReadMs, readMs, aggregateMs, agentsDone, rowsRead, consult, expectedConsult };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

Object.assign(window, { kefuBench: { month: run } });
