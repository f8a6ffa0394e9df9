import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it, vi } from 'vitest';
import type { CapturedRow } from '../../../lib/model/capture-types';
import type { KefuDatabase } from '../../../lib/db/database';
import {
  agentHistory,
  capturedDays,
  capturedPeriods,
  dailyValuesBetween,
  knownLabels,
  latestDailyPeriod,
  readPeriod,
  teamAverageHistory,
  valuesOfPeriod,
} from '../../../lib/db/insight-queries';
import { latestValues } from '../../../lib/db/queries';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { writeCapture } from '../../../lib/db/write-capture';
import { METRICS } from '../../../lib/model/metric-catalog';
import { freshDatabasesPerTest, makeCapture } from './make-capture';
import { storedValues } from './stored-values';

const db = freshDatabasesPerTest();

const METRIC_IDS = ['reply_rate', 'avg_response_time', ...METRICS.slice(0, 8).map((m) => m.id)];
const AGENTS = Array.from({ length: 10 }, (_, i) => `旗舰店:客服${String(i).padStart(2, '0')}`);
const NOVEMBER = Array.from({ length: 30 }, (_, i) => format(addDays(parseISO('2026-11-01'), i), 'yyyy-MM-dd'));
const QIANNU = { console: 'qianniu' as const, pageUrl: 'https://myseller.taobao.com/home', frameUrl: 'https://myseller.taobao.com/kf', tableKey: 'https://myseller.taobao.com/kf|reply_rate' };
const CHITU = { console: 'chitu' as const, pageUrl: 'https://kpi.topchitu.com/report', frameUrl: 'https://kpi.topchitu.com/report', tableKey: 'https://kpi.topchitu.com/report|kpi' };

function rows(labels: readonly string[], metrics: readonly string[], seed: number): CapturedRow[] {
  return labels.map((label, a) => {
    const values: Record<string, number | null> = {};
    metrics.forEach((m, i) => (values[m] = (a + i + seed) % 13 === 0 ? null : ((a * 31 + i * 7 + seed * 3) % 1000) / 10));
    return { label, kind: label.startsWith('旗舰店') ? 'agent' : label === '汇总' ? 'team_total' : 'team_average', values };
  });
}

function at(day: string, hour: number): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);
}

/**
 * November 2026 of a 10-agent shop: a daily 生意参谋 table (10 metrics, 均值 and 汇总 rows), a weekly and a
 * monthly one, 千牛 reply rates for 11-29 (earlier) and 11-30 (later), and a 赤兔 团队均值 on 11-15.
 */
async function seed(d: KefuDatabase): Promise<void> {
  for (const [i, day] of NOVEMBER.entries()) {
    await writeCapture(d, makeCapture({ metrics: METRIC_IDS, rows: rows([...AGENTS, '均值', '汇总'], METRIC_IDS, i), period: { start: day, end: day } }), at(day, 10));
  }
  const range = (start: string, end: string) => ({ start, end, guessed: false, evidence: `${start} ~ ${end}` });
  await writeCapture(d, makeCapture({ metrics: METRIC_IDS, rows: rows([...AGENTS, '均值'], METRIC_IDS, 100), period: range('2026-11-24', '2026-11-30') }), at('2026-11-30', 12));
  await writeCapture(d, makeCapture({ metrics: METRIC_IDS, rows: rows([...AGENTS, '均值'], METRIC_IDS, 200), period: range('2026-11-01', '2026-11-30') }), at('2026-11-30', 12));
  const reply = (v: number) => AGENTS.map((label) => ({ label, kind: 'agent' as const, values: { reply_rate: v } }));
  await writeCapture(d, makeCapture({ source: QIANNU, metrics: ['reply_rate'], rows: reply(11.1), period: { start: '2026-11-29', end: '2026-11-29' } }), at('2026-11-29', 9));
  await writeCapture(d, makeCapture({ source: QIANNU, metrics: ['reply_rate'], rows: reply(22.2), period: { start: '2026-11-30', end: '2026-11-30' } }), at('2026-11-30', 11));
  await writeCapture(
    d,
    makeCapture({ source: CHITU, metrics: ['reply_rate', 'avg_response_time'], rows: [{ label: '团队均值', kind: 'team_average', values: { reply_rate: 97.7, avg_response_time: 21 } }], period: { start: '2026-11-15', end: '2026-11-15' } }),
    at('2026-11-16', 8),
  );
}

/** Makes any read that walks the whole value store throw: the views must use index ranges only. */
function forbidValueScans(d: KefuDatabase): void {
  for (const method of ['toArray', 'each', 'filter', 'toCollection', 'orderBy', 'reverse', 'offset', 'limit'] as const) {
    vi.spyOn(d.valueMonths, method).mockImplementation(() => {
      throw new Error(`valueMonths.${method}() walks every value`);
    });
  }
}

const key = (v: ValueRecord) => JSON.stringify([v.periodStart, v.periodEnd, v.label, v.metric]);
const byKey = (list: ValueRecord[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));

describe('insight queries over a month of 10 agents (3,800 values)', () => {
  it('answers every question with index ranges, deduplicated like latestValues', async () => {
    const d = db();
    await seed(d);
    expect((await storedValues(d)).length).toBe(30 * 12 * 10 + 2 * 11 * 10 + 2 * 10 + 2);
    const oracle = await latestValues(d); // a full scan, allowed in the test only
    forbidValueScans(d);
    await expect(storedValues(d)).rejects.toThrow('walks every value');

    const t0 = performance.now();
    const day = await valuesOfPeriod(d, '2026-11-30', '2026-11-30');
    const week = await dailyValuesBetween(d, '2026-11-24', '2026-11-30');
    const history = await agentHistory(d, ['旗舰店:客服03']);
    const average = await teamAverageHistory(d, '2026-11-14', '2026-11-16');
    console.log(`insight queries over ${oracle.length} values: ${(performance.now() - t0).toFixed(1)} ms for four queries (fake-indexeddb)`);

    expect(byKey(day)).toEqual(byKey(oracle.filter((v) => v.periodStart === '2026-11-30' && v.periodEnd === '2026-11-30')));
    expect(day).toHaveLength(120);
    // 千牛's later reply rates win on 11-30; 生意参谋's on 11-29, where 千牛 was earlier.
    expect(day.filter((v) => v.metric === 'reply_rate' && v.rowKind === 'agent').every((v) => v.value === 22.2 && v.console === 'qianniu')).toBe(true);

    expect(byKey(week)).toEqual(byKey(oracle.filter((v) => v.periodStart === v.periodEnd && v.periodStart >= '2026-11-24' && v.periodStart <= '2026-11-30')));
    expect(week).toHaveLength(7 * 120);
    expect(week.some((v) => v.periodStart !== v.periodEnd)).toBe(false);
    expect(week.filter((v) => v.periodStart === '2026-11-29' && v.metric === 'reply_rate' && v.rowKind === 'agent').every((v) => v.console === 'sycm')).toBe(true);

    // 30 days, the week and the month, 10 metrics each.
    expect(history).toHaveLength(320);
    expect(byKey(history)).toEqual(byKey(oracle.filter((v) => v.label === '旗舰店:客服03')));

    expect(average.map((v) => `${v.periodStart} ${v.label} ${v.metric}`).sort()).toEqual(
      [
        ...['2026-11-14', '2026-11-15', '2026-11-16'].flatMap((dd) => METRIC_IDS.map((m) => `${dd} 均值 ${m}`)),
        '2026-11-15 团队均值 reply_rate',
        '2026-11-15 团队均值 avg_response_time',
      ].sort(),
    );
  });

  it('takes history for several texts and a date range, periods by their start', async () => {
    const d = db();
    await seed(d);
    forbidValueScans(d);
    const both = await agentHistory(d, ['旗舰店:客服03', '旗舰店:客服04', '旗舰店:客服03'], '2026-11-25');
    // 11-25 … 11-30 for two agents; the week (from 11-24) and the month start earlier.
    expect(both).toHaveLength(6 * 10 * 2);
    expect(new Set(both.map((v) => v.periodStart))).toEqual(new Set(NOVEMBER.slice(24)));
    const upTo = await agentHistory(d, ['旗舰店:客服03'], undefined, '2026-11-01');
    expect(upTo.map((v) => `${v.periodStart}..${v.periodEnd}`).sort()).toEqual([...Array(10).fill('2026-11-01..2026-11-01'), ...Array(10).fill('2026-11-01..2026-11-30')]);
    expect(await agentHistory(d, ['旗舰店:没有此人'])).toEqual([]);
    expect(await agentHistory(d, [])).toEqual([]);
    expect(await dailyValuesBetween(d, '2026-11-30', '2026-11-01')).toEqual([]);
  });

  it('lists periods newest first, the latest day, captured days and labels from the snapshots', async () => {
    const d = db();
    await seed(d);
    forbidValueScans(d);
    const periods = await capturedPeriods(d);
    expect(periods).toHaveLength(32);
    expect(periods.slice(0, 7).map((p) => `${p.start}..${p.end}`)).toEqual([
      '2026-11-30..2026-11-30', '2026-11-29..2026-11-29', '2026-11-28..2026-11-28', '2026-11-27..2026-11-27', '2026-11-26..2026-11-26',
      '2026-11-25..2026-11-25', '2026-11-24..2026-11-30',
    ]);
    expect(periods.slice(-2)).toEqual([{ start: '2026-11-01', end: '2026-11-30' }, { start: '2026-11-01', end: '2026-11-01' }]);
    expect(await latestDailyPeriod(d)).toBe('2026-11-30');
    expect(await capturedDays(d)).toEqual(new Set(NOVEMBER));
    expect(await knownLabels(d)).toEqual([...AGENTS, '均值', '团队均值', '汇总'].sort());
  });

  it('gives nothing for an empty database, and no latest day when only ranges were captured', async () => {
    const d = db();
    expect(await capturedPeriods(d)).toEqual([]);
    expect(await latestDailyPeriod(d)).toBeNull();
    expect(await capturedDays(d)).toEqual(new Set());
    expect(await knownLabels(d)).toEqual([]);
    expect(await teamAverageHistory(d)).toEqual([]);
    await writeCapture(d, makeCapture({ period: { start: '2026-11-16', end: '2026-11-22' } }), at('2026-11-23', 1));
    expect(await latestDailyPeriod(d)).toBeNull();
    expect(await capturedPeriods(d)).toEqual([{ start: '2026-11-16', end: '2026-11-22' }]);
    // The weekly 均值 row still makes team-average history (the agent view keeps only days).
    expect((await teamAverageHistory(d)).map((v) => v.label)).toEqual(['均值', '均值', '均值']);
  });
});

describe('a period read shared with the daily window of the trend alerts', () => {
  /** The months read through the month index, in order. */
  function spyMonthReads(d: KefuDatabase): string[] {
    const asked: string[] = [];
    const where = d.valueMonths.where.bind(d.valueMonths);
    vi.spyOn(d.valueMonths, 'where').mockImplementation(((index: string) => {
      const clause = where(index as never);
      if (index !== 'month') return clause;
      const equals = clause.equals.bind(clause);
      clause.equals = ((key: string) => {
        asked.push(key);
        return equals(key);
      }) as typeof clause.equals;
      return clause;
    }) as typeof d.valueMonths.where);
    return asked;
  }

  it('gives valuesOfPeriod\'s values, and the daily window reads only the months the period did not', async () => {
    const d = db();
    await seed(d);
    // A December day for the window to cross into.
    await writeCapture(d, makeCapture({ metrics: METRIC_IDS, rows: rows(AGENTS, METRIC_IDS, 300), period: { start: '2026-12-01', end: '2026-12-01' } }), at('2026-12-01', 10));
    const separately = { day: await valuesOfPeriod(d, '2026-12-01', '2026-12-01'), window: await dailyValuesBetween(d, '2026-11-20', '2026-12-01') };
    forbidValueScans(d);
    const asked = spyMonthReads(d);

    const period = await readPeriod(d, '2026-12-01', '2026-12-01');
    expect(byKey(period.values)).toEqual(byKey(separately.day));
    expect(period.values).toHaveLength(100);
    const window = await dailyValuesBetween(d, '2026-11-20', '2026-12-01', period);
    expect(byKey(window)).toEqual(byKey(separately.window));
    expect(window).toHaveLength(11 * 120 + 100);
    // December once (the period), November once (the window's other month): never December again.
    expect(asked).toEqual(['2026-12', '2026-11']);

    // A window inside the period's month reads nothing more.
    const inside = await dailyValuesBetween(d, '2026-12-01', '2026-12-01', period);
    expect(byKey(inside)).toEqual(byKey(separately.day));
    expect(asked).toHaveLength(2);
  });

  it('reads a month without records as empty, and a window of no days as nothing', async () => {
    const d = db();
    await seed(d);
    const empty = await readPeriod(d, '2027-01-05', '2027-01-05');
    expect(empty.values).toEqual([]);
    expect(await dailyValuesBetween(d, '2026-12-28', '2027-01-05', empty)).toEqual([]);
    expect(await dailyValuesBetween(d, '2026-11-30', '2026-11-01', empty)).toEqual([]);
  });
});
