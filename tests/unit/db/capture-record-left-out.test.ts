import { describe, expect, it } from 'vitest';
import { captureRecordSchema, type CaptureRecord } from '../../../lib/model/schemas/records';
import { captureLogOf } from '../../../lib/db/write-capture';
import { makeCapture } from './make-capture';

const AT = new Date('2026-11-21T01:00:00.000Z');
const record = (over: Partial<CaptureRecord> = {}): unknown => ({ id: 1, ...captureLogOf(makeCapture(), AT), ...over });

describe('captureRecordSchema: leftOut', () => {
  it('a record stored before leftOut was kept (no key) is still valid, so old databases and backups load', () => {
    const { leftOut: _dropped, ...old } = record() as CaptureRecord;
    expect('leftOut' in old).toBe(false);
    expect(captureRecordSchema.safeParse(old).success).toBe(true);
  });

  it('keeps the left-out columns of a capture', () => {
    const leftOut: CaptureRecord['leftOut'] = [
      { header: '日期', reason: 'not_a_metric' },
      { header: '3分钟人工回复率', reason: 'duplicate_metric', metricId: 'response_rate_3min', keptHeader: '3分钟人工响应率' },
    ];
    const parsed = captureRecordSchema.safeParse(record({ leftOut }));
    expect(parsed.success && parsed.data.leftOut).toEqual(leftOut);
  });

  it.each([
    ['an unknown reason', [{ header: 'x', reason: 'gone' }]],
    ['a duplicate without its kept column', [{ header: 'x', reason: 'duplicate_metric', metricId: 'reply_rate' }]],
    ['a header over 100 characters', [{ header: 'x'.repeat(101), reason: 'unrecognised' }]],
    ['more than 100 columns', Array.from({ length: 101 }, () => ({ header: 'x', reason: 'unrecognised' }))],
  ])('refuses %s (a backup cannot store what a capture could not send)', (_name, leftOut) => {
    expect(captureRecordSchema.safeParse(record({ leftOut: leftOut as CaptureRecord['leftOut'] })).success).toBe(false);
  });
});
