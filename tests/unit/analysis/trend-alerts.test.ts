import { describe, expect, it } from 'vitest';
import { DEFAULT_TREND_ALERT_OPTIONS, trendAlerts } from '../../../lib/analysis/trend-alerts';
import type { DailyPoint } from '../../../lib/analysis/types';

/** Daily points from 2026-11-{start}, one a day unless a date is given as [date, value]. */
function days(values: readonly (number | [string, number])[], start = 10): DailyPoint[] {
  return values.map((v, i) =>
    Array.isArray(v) ? { date: v[0], value: v[1] } : { date: `2026-11-${String(start + i).padStart(2, '0')}`, value: v },
  );
}

function kinds(metric: string, points: DailyPoint[], options?: Parameters<typeof trendAlerts>[2]): string[] {
  return trendAlerts(metric, points, options).map((a) => a.kind);
}

describe('trendAlerts: worsening_run', () => {
  it('reply rate (higher is better) falling three days in a row', () => {
    const alerts = trendAlerts('reply_rate', days([98.6, 98.5, 98.9, 98.2, 97.6, 97.0]));
    expect(alerts).toEqual([
      {
        metric: 'reply_rate',
        kind: 'worsening_run',
        date: '2026-11-15',
        periods: 3,
        latest: 97.0,
        baseline: 98.9,
        changePercent: expect.closeTo(((97 - 98.9) / 98.9) * 100, 9),
      },
    ]);
  });

  it('average response (lower is better) rising three days in a row', () => {
    // Mean of the earlier days 24.25: 27.5 is 13% above it, not yet a sharp drop.
    const alerts = trendAlerts('avg_response_time', days([24, 22, 25, 26, 27.5]));
    expect(alerts.map((a) => [a.kind, a.periods, a.baseline, a.latest])).toEqual([['worsening_run', 3, 22, 27.5]]);
  });

  it('reports the whole run when it is longer than the minimum', () => {
    const a = trendAlerts('first_response_time', days([10, 11, 12, 13, 14, 15]))[0]!;
    expect(a.periods).toBe(5);
    expect(a.baseline).toBe(10);
  });

  it('the same movement in the good direction does not alert', () => {
    expect(trendAlerts('reply_rate', days([96, 96.8, 97.5, 98.4]))).toEqual([]);
    expect(trendAlerts('avg_response_time', days([40, 35, 31, 28]))).toEqual([]);
  });

  it('two worsenings are not yet a run', () => {
    expect(kinds('reply_rate', days([98.9, 98.9, 98.4, 98.0]))).toEqual([]);
  });

  it('a run must end at the latest point', () => {
    // Fell three days, then recovered on the latest day.
    expect(kinds('reply_rate', days([99, 98.5, 98, 97.5, 98.8]))).toEqual([]);
  });

  it('steps within the tolerance are noise: 98.00 → 97.99 breaks the run', () => {
    expect(kinds('reply_rate', days([99, 98.5, 98, 97.99]))).toEqual([]);
    expect(kinds('avg_response_time', days([29, 29.5, 30, 30.05]))).toEqual([]);
    expect(kinds('reply_rate', days([99, 98.5, 98, 97.4]))).toEqual(['worsening_run']);
    // A flat day is not a worsening.
    expect(kinds('avg_response_time', days([20, 21, 21, 22, 23]))).toEqual([]);
    expect(kinds('avg_response_time', days([20, 21, 21.5, 22, 23]))).toEqual(['worsening_run']);
  });

  it('points more than two calendar days apart break the run', () => {
    // A weekend off (Fri → Mon is 3 days) breaks it …
    expect(kinds('reply_rate', days([['2026-11-18', 99], ['2026-11-19', 98.5], ['2026-11-20', 98], ['2026-11-23', 97.4]]))).toEqual([]);
    // … one missing day (2 days apart) does not.
    expect(kinds('reply_rate', days([['2026-11-18', 99], ['2026-11-19', 98.5], ['2026-11-21', 98], ['2026-11-22', 97.4]]))).toEqual([
      'worsening_run',
    ]);
  });

  it('a duplicated day does not count as a step', () => {
    expect(kinds('reply_rate', days([['2026-11-19', 99], ['2026-11-20', 98.5], ['2026-11-20', 98], ['2026-11-21', 97.4]]))).toEqual([]);
  });

  it('counts from zero still form a run (unreplied 0 → 1 → 2 → 3), with a change of 0% for want of a base', () => {
    const a = trendAlerts('unreplied_count', days([0, 1, 2, 3]));
    expect(a.map((x) => x.kind)).toEqual(['worsening_run']);
    expect(a[0]!.changePercent).toBe(0);
  });

  it('runLength is configurable', () => {
    expect(kinds('reply_rate', days([98.9, 98.4, 98.0]), { runLength: 2 })).toEqual(['worsening_run']);
    expect(kinds('reply_rate', days([99.5, 98.9, 98.4, 98.0]), { runLength: 4 })).toEqual([]);
  });
});

describe('trendAlerts: sharp_drop', () => {
  it('reply rate 99 → 96 alerts through the 3-point rule though it is only 3% relative', () => {
    const alerts = trendAlerts('reply_rate', days([99, 99.2, 98.8, 99, 99.1, 98.9, 99, 96]));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'sharp_drop', date: '2026-11-17', periods: 7, latest: 96 });
    expect(alerts[0]!.baseline).toBeCloseTo(99, 9);
    expect(alerts[0]!.changePercent).toBeCloseTo((-3 / 99) * 100, 9);
  });

  it('conversion 40 → 39 is not a sharp drop; 40 → 33 is (17.5%)', () => {
    expect(kinds('inquiry_conversion_rate', days([40, 41, 39, 40, 40, 39]))).toEqual([]);
    expect(kinds('inquiry_conversion_rate', days([40, 41, 39, 40, 40, 33]))).toEqual(['sharp_drop']);
  });

  it('percent metrics need at least 1 point even for a large relative change', () => {
    // Return rate (lower better) 2.0% → 2.5%: +25% relative but only 0.5 points.
    expect(kinds('return_rate', days([2, 2.1, 1.9, 2, 2.5]))).toEqual([]);
    // 6% → 7.2%: +20% and 1.2 points.
    expect(kinds('return_rate', days([6, 6.1, 5.9, 6, 7.2]))).toEqual(['sharp_drop']);
  });

  it('average response (lower better): 15% slower than the recent average', () => {
    expect(kinds('avg_response_time', days([20, 22, 21, 19, 20, 21, 20, 24]))).toEqual(['sharp_drop']); // mean 20.43, +17%
    expect(kinds('avg_response_time', days([20, 22, 21, 19, 20, 21, 20, 23]))).toEqual([]); // +12.6%
    expect(kinds('avg_response_time', days([20, 22, 21, 19, 20, 21, 20, 12]))).toEqual([]); // much faster: good
  });

  it('online time falling to 5 h from a steady 8 h', () => {
    const h = 3600;
    expect(kinds('online_duration', days([8 * h, 8.2 * h, 7.9 * h, 8 * h, 5 * h]))).toEqual(['sharp_drop']);
  });

  it('count metrics need a change of at least 2', () => {
    expect(kinds('unreplied_count', days([1, 1, 2, 1, 2]))).toEqual([]); // +60% but only +0.75
    expect(kinds('unreplied_count', days([1, 1, 2, 1, 4]))).toEqual(['sharp_drop']);
  });

  it('uses only the last seven points before the latest', () => {
    // The early 80s would drag the mean down; the last seven are ~99, so 95 is a 4-point drop.
    const alert = trendAlerts('reply_rate', days([80, 80, 80, 99, 99, 99, 99, 99, 99, 99, 95]))[0]!;
    expect(alert.periods).toBe(7);
    expect(alert.baseline).toBe(99);
  });

  it('needs four earlier points within 14 days', () => {
    expect(kinds('reply_rate', days([99, 99, 99, 95]))).toEqual([]); // three earlier points
    expect(kinds('reply_rate', days([99, 99, 99, 99, 95]))).toEqual(['sharp_drop']);
    // Four earlier points, but two are weeks old.
    const stale = days([['2026-10-01', 99], ['2026-10-02', 99], ['2026-11-18', 99], ['2026-11-19', 99], ['2026-11-20', 95]]);
    expect(kinds('reply_rate', stale)).toEqual([]);
  });

  it('a zero average has no relative change: no sharp drop', () => {
    expect(kinds('unreplied_count', days([0, 0, 0, 0, 5]))).toEqual([]);
  });

  it('thresholds are options', () => {
    expect(kinds('avg_response_time', days([20, 22, 21, 19, 20, 21, 20, 23]), { dropRelative: 0.1 })).toEqual(['sharp_drop']);
    expect(kinds('reply_rate', days([99, 99, 99, 99, 97]), { dropPercentPoints: 2 })).toEqual(['sharp_drop']);
  });
});

describe('trendAlerts: general', () => {
  it('both kinds at once, the run first', () => {
    expect(kinds('reply_rate', days([99, 99, 99, 99, 98.5, 97.5, 95.5]))).toEqual(['worsening_run', 'sharp_drop']);
  });

  it('only the latest point matters: an old drop that recovered does not alert', () => {
    expect(kinds('reply_rate', days([99, 99, 99, 99, 90, 99]))).toEqual([]);
  });

  it('neutral and unknown metrics never alert', () => {
    expect(trendAlerts('avg_reception_duration', days([100, 200, 300, 400, 900]))).toEqual([]);
    expect(trendAlerts('message_chars', days([9000, 8000, 7000, 6000, 1000]))).toEqual([]);
    expect(trendAlerts('no_such_metric', days([1, 2, 3, 4, 5]))).toEqual([]);
  });

  it('too few points: nothing', () => {
    expect(trendAlerts('reply_rate', [])).toEqual([]);
    expect(trendAlerts('reply_rate', days([90]))).toEqual([]);
    expect(trendAlerts('reply_rate', days([99, 90]))).toEqual([]);
  });

  it('defaults are documented values', () => {
    expect(DEFAULT_TREND_ALERT_OPTIONS).toMatchObject({ runLength: 3, runMaxGapDays: 2, dropWindow: 7, dropMinPoints: 4, dropRelative: 0.15, dropPercentPoints: 3 });
    expect(Object.isFrozen(DEFAULT_TREND_ALERT_OPTIONS)).toBe(true);
  });
});
