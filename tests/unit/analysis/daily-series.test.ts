import { describe, expect, it } from 'vitest';
import { dailySeries } from '../../../lib/analysis/daily-series';
import { valueId } from '../../../lib/model/keys';
import type { ValueRecord } from '../../../lib/model/schemas/records';

const SYCM = 'sycm|https://sycm.taobao.com/qos/service/frame/team|reply_rate';
const QIANNU = 'qianniu|https://myseller.taobao.com/kf|reply_rate';

function value(label: string, start: string, end: string, metric: string, v: number | null, at: string, captureId = 1, source = SYCM): ValueRecord {
  return {
    id: valueId(source, start, end, label, metric),
    sourceKey: source,
    console: source.startsWith('qianniu') ? 'qianniu' : 'sycm',
    periodStart: start,
    periodEnd: end,
    periodGuessed: false,
    label,
    rowKind: 'agent',
    metric,
    value: v,
    captureId,
    capturedAt: `${at}.000Z`,
  };
}

describe('dailySeries', () => {
  it('gives each metric its one-day points sorted by date, leaving out ranges and missing values', () => {
    const series = dailySeries([
      value('旗舰店:小美', '2026-11-20', '2026-11-20', 'reply_rate', 96.1, '2026-11-21T01:00:00'),
      value('旗舰店:小美', '2026-11-18', '2026-11-18', 'reply_rate', 97.4, '2026-11-19T01:00:00'),
      value('旗舰店:小美', '2026-11-19', '2026-11-19', 'reply_rate', null, '2026-11-20T01:00:00'),
      value('旗舰店:小美', '2026-11-14', '2026-11-20', 'reply_rate', 95, '2026-11-21T01:00:00'), // a week: not a day
      value('旗舰店:小美', '2026-11-20', '2026-11-20', 'avg_response_time', 25.3, '2026-11-21T01:00:00'),
      value('旗舰店:小美', '2026-11-01', '2026-11-30', 'avg_response_time', 28, '2026-12-01T01:00:00'), // a month
    ]);
    expect([...series.keys()]).toEqual(['reply_rate', 'avg_response_time']);
    expect(series.get('reply_rate')).toEqual([
      { date: '2026-11-18', value: 97.4 },
      { date: '2026-11-20', value: 96.1 },
    ]);
    expect(series.get('avg_response_time')).toEqual([{ date: '2026-11-20', value: 25.3 }]);
  });

  it('resolves one day of two texts (an agent and its alias) or two consoles to the latest capture', () => {
    const series = dailySeries([
      value('旗舰店:小美', '2026-11-20', '2026-11-20', 'reply_rate', 96.1, '2026-11-21T01:00:00', 1),
      value('旗舰店:小美美', '2026-11-20', '2026-11-20', 'reply_rate', 98.2, '2026-11-21T03:00:00', 3), // renamed account, later
      value('旗舰店:小美', '2026-11-20', '2026-11-20', 'reply_rate', 97, '2026-11-21T02:00:00', 2, QIANNU),
      // Same time: the larger capture id was added later.
      value('旗舰店:小美', '2026-11-21', '2026-11-21', 'reply_rate', 90, '2026-11-22T01:00:00', 5),
      value('旗舰店:小美美', '2026-11-21', '2026-11-21', 'reply_rate', 91, '2026-11-22T01:00:00', 4),
    ]);
    expect(series.get('reply_rate')).toEqual([
      { date: '2026-11-20', value: 98.2 },
      { date: '2026-11-21', value: 90 },
    ]);
  });

  it('does not let a later missing value hide a number of the same day', () => {
    const series = dailySeries([
      value('旗舰店:小美', '2026-11-20', '2026-11-20', 'reply_rate', 96.1, '2026-11-21T01:00:00', 1),
      value('旗舰店:小美美', '2026-11-20', '2026-11-20', 'reply_rate', null, '2026-11-21T05:00:00', 2),
    ]);
    expect(series.get('reply_rate')).toEqual([{ date: '2026-11-20', value: 96.1 }]);
  });

  it('keeps a real 0, and gives an empty map for no daily values', () => {
    expect(dailySeries([value('旗舰店:阿强', '2026-11-20', '2026-11-20', 'unreplied_count', 0, '2026-11-21T01:00:00')]).get('unreplied_count')).toEqual([
      { date: '2026-11-20', value: 0 },
    ]);
    expect(dailySeries([value('旗舰店:阿强', '2026-11-01', '2026-11-30', 'reply_rate', 99, '2026-12-01T01:00:00')]).size).toBe(0);
  });
});
