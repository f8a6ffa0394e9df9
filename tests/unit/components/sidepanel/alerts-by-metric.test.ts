import { describe, expect, it } from 'vitest';
import { alertsByMetric } from '../../../../components/sidepanel/alerts-by-metric';
import type { TrendAlert } from '../../../../lib/analysis/types';

const alert = (metric: string, kind: TrendAlert['kind']): TrendAlert => ({ metric, kind, date: '2026-11-25', periods: 4, latest: 93.5, baseline: 99.6, changePercent: -6.1 });

describe('alertsByMetric', () => {
  it('keeps one group per metric, both kinds together, in the incoming order', () => {
    const groups = alertsByMetric([alert('reply_rate', 'worsening_run'), alert('avg_response_time', 'worsening_run'), alert('reply_rate', 'sharp_drop')]);
    expect(groups.map((g) => g.map((a) => `${a.metric}:${a.kind}`))).toEqual([
      ['reply_rate:worsening_run', 'reply_rate:sharp_drop'],
      ['avg_response_time:worsening_run'],
    ]);
  });
});
