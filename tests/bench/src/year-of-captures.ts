/**
 * A year of daily captures as the content script sends them: one table of `agents` agents (`店铺:客服01`)
 * × `metrics` distinct catalog metrics, one-day periods, values in each unit's range, ~1% missing.
 */
import type { Capture } from '../../../lib/model/capture-types';
import { tableKey } from '../../../lib/capture/table-key';
import { METRICS } from '../../../lib/model/metric-catalog';
import type { Unit } from '../../../lib/model/metric-types';

const PAGE = 'https://sycm.taobao.com/qos/service/kefu_performance';
const SHOP = '安踏官方旗舰店';

const RANGE: Record<Unit, [number, number, number]> = {
  // [min, max, decimals]
  percent: [0, 100, 2],
  seconds: [3, 120, 1],
  duration: [3_600, 36_000, 0],
  yuan: [0, 200_000, 2],
  count: [0, 5_000, 0],
  ratio: [0.5, 3, 2],
};

export interface DayCapture {
  capture: Capture;
  capturedAt: Date;
}

/** `withAverage` adds the 均值 row consoles print under the agents (the side panel's team-average line). */
export function yearOfCaptures(days: number, agents: number, metricCount: number, firstDay = '2025-01-01', withAverage = false): DayCapture[] {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const metrics = METRICS.slice(0, metricCount);
  if (metrics.length < metricCount) throw new Error(`only ${METRICS.length} metrics in the catalog`);
  const ids = metrics.map((m) => m.id);
  const labels = Array.from({ length: agents }, (_, i) => `${SHOP}:客服${String(i + 1).padStart(2, '0')}`);
  const source = { console: 'sycm' as const, pageUrl: PAGE, frameUrl: PAGE, tableKey: tableKey(PAGE, ids) };
  const headerTexts = Object.fromEntries(metrics.map((m) => [m.id, m.names[0]!]));
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: days }, (_, d) => {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const rows: Capture['rows'] = labels.map((label) => ({
      label,
      kind: 'agent',
      values: Object.fromEntries(
        metrics.map((m) => {
          const [min, max, decimals] = RANGE[m.unit];
          const value = rnd() < 0.01 ? null : Number((min + rnd() * (max - min)).toFixed(decimals));
          return [m.id, value];
        }),
      ),
    }));
    if (withAverage) {
      const average = Object.fromEntries(
        ids.map((id) => {
          const present = rows.map((r) => r.values[id]).filter((v): v is number => typeof v === 'number');
          return [id, present.length ? Number((present.reduce((a, b) => a + b, 0) / present.length).toFixed(2)) : null];
        }),
      );
      rows.push({ label: '均值', kind: 'team_average', values: average });
    }
    const capture: Capture = {
      source,
      period: { start: day, end: day, guessed: false, evidence: `统计日期 ${day}` },
      metrics: ids,
      headerTexts,
      rows,
      warnings: [],
      leftOut: [],
    };
    // Consoles show T+1: a day is captured the next morning.
    return { capture, capturedAt: new Date(start + (d + 1) * 86_400_000 + 9 * 3_600_000) };
  });
}
