import { describe, expect, it } from 'vitest';
import { monthDailyPoints } from '../../../lib/analysis/month-daily-points';
import { periodRowsOf } from '../../../lib/analysis/month-values';
import { monthWindow } from '../../../lib/analysis/month-window';
import { valueRecord } from './value-record';

const A = 'sycm|a|reply_rate';
const B = 'qianniu|b|reply_rate';
const MEI = '旗舰店:小美';

describe('monthDailyPoints', () => {
  it('one point per day inside the window, the later capture of a day, no missing value, no range, only the metrics asked', () => {
    const rows = periodRowsOf([
      valueRecord(MEI, 'reply_rate', 97, { start: '2026-11-02', source: A, at: '2026-11-03T01:00:00.000Z' }),
      valueRecord('小美', 'reply_rate', 99, { start: '2026-11-02', source: B, at: '2026-11-03T02:00:00.000Z' }),
      valueRecord(MEI, 'reply_rate', 95, { start: '2026-11-01', source: A }),
      valueRecord(MEI, 'reply_rate', null, { start: '2026-11-03', source: A }),
      valueRecord(MEI, 'reply_rate', 90, { start: '2026-11-23', source: A }), // today: outside 11-01 … 11-22
      valueRecord(MEI, 'reply_rate', 80, { start: '2026-11-01', end: '2026-11-07', source: A }),
      valueRecord(MEI, 'consult_count', 100, { start: '2026-11-01', source: A }),
    ]);
    const points = monthDailyPoints(rows, monthWindow('2026-11', '2026-11-23'), ['reply_rate', 'online_duration']);
    expect([...points]).toEqual([
      [
        'reply_rate',
        [
          { date: '2026-11-01', value: 95 },
          { date: '2026-11-02', value: 99 },
        ],
      ],
    ]);
  });
});
