import { describe, expect, it } from 'vitest';
import { dayMs, trendChartData } from '../../../lib/sidepanel/trend-chart-data';
import type { MetricTrend } from '../../../lib/analysis/types';

const HALF_DAY = 12 * 3600 * 1000;

function trend(over: Partial<MetricTrend>): MetricTrend {
  return {
    metric: 'reply_rate',
    points: [
      { date: '2026-11-20', value: 96.1 },
      { date: '2026-11-21', value: 97.4 },
      { date: '2026-11-23', value: 95.2 },
    ],
    teamAverage: [
      { date: '2026-10-01', value: 90 },
      { date: '2026-11-20', value: 97 },
      { date: '2026-11-23', value: 96.5 },
    ],
    targets: [{ from: '2026-11-20', to: null, target: 98 }],
    change: null,
    ...over,
  };
}

describe('trendChartData', () => {
  it('places days at local midnight and pads the time axis by half a day', () => {
    const data = trendChartData(trend({}));
    expect(data.values.map((p) => p.x)).toEqual([dayMs('2026-11-20'), dayMs('2026-11-21'), dayMs('2026-11-23')]);
    expect(new Date(data.values[0]!.x).getHours()).toBe(0);
    expect(data.xMin).toBe(dayMs('2026-11-20') - HALF_DAY);
    expect(data.xMax).toBe(dayMs('2026-11-23') + HALF_DAY);
  });

  it('keeps only team-average days inside the agent range', () => {
    expect(trendChartData(trend({})).average.map((p) => p.y)).toEqual([97, 96.5]);
  });

  it('draws one segment per target step, meeting halfway between days, clipped to the range', () => {
    const data = trendChartData(
      trend({
        targets: [
          { from: '2025-01-01', to: '2026-11-20', target: 95 },
          { from: '2026-11-21', to: null, target: 98 },
        ],
      }),
    );
    expect(data.targets).toEqual([
      { xMin: data.xMin, xMax: dayMs('2026-11-20') + HALF_DAY, y: 95 },
      { xMin: dayMs('2026-11-21') - HALF_DAY, xMax: data.xMax, y: 98 },
    ]);
    expect(data.latestTarget).toBe(98);
  });

  it('drops steps outside the range and says there is no latest target then', () => {
    const data = trendChartData(trend({ targets: [{ from: '2027-01-01', to: null, target: 98 }] }));
    expect(data.targets).toEqual([]);
    expect(data.latestTarget).toBeNull();
  });

  it('suggests a y range covering values, average and target with a margin, not below zero for rates', () => {
    const data = trendChartData(trend({}));
    // lo 95.2, hi 98 → margin 0.28
    expect(data.yMin).toBeCloseTo(94.92, 6);
    expect(data.yMax).toBeCloseTo(98.28, 6);
    const counts = trendChartData(trend({ metric: 'unreplied_count', points: [{ date: '2026-11-20', value: 0 }, { date: '2026-11-21', value: 3 }], teamAverage: [], targets: [{ from: '2026-11-01', to: null, target: 1 }] }));
    expect(counts.yMin).toBe(0);
    expect(counts.yMax).toBeCloseTo(3.3, 6);
  });

  it('caps a rate axis at 100% when no value passes it', () => {
    const data = trendChartData(trend({ points: [{ date: '2026-11-20', value: 100 }, { date: '2026-11-21', value: 1.7 }], teamAverage: [] }), { ceiling: 100 });
    expect(data.yMax).toBe(100);
    expect(data.yMin).toBe(0);
    expect(trendChartData(trend({ points: [{ date: '2026-11-20', value: 130 }] }), { ceiling: 100 }).yMax).toBeGreaterThan(130);
  });

  it('uses the team average range for an agent without points of this metric', () => {
    const data = trendChartData(trend({ points: [] }));
    expect(data.xMin).toBe(dayMs('2026-10-01') - HALF_DAY);
    expect(data.values).toEqual([]);
  });
});
