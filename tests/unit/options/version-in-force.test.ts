import { describe, expect, it } from 'vitest';
import { versionInForceIndex } from '../../../lib/options/version-in-force';

describe('versionInForceIndex', () => {
  const dates = ['2020-01-01', '2026-06-01', '2026-11-01'];
  it.each([
    ['2026-05-31', 0],
    ['2026-06-01', 1],
    ['2026-10-31', 1],
    ['2026-11-01', 2],
    ['2030-01-01', 2],
    ['2019-12-31', 0], // before the first: the first judges early history
  ] as const)('on %s version %d is in force', (day, index) => {
    expect(versionInForceIndex(dates, day)).toBe(index);
  });
  it('does not need sorted dates', () => {
    expect(versionInForceIndex(['2026-11-01', '2020-01-01'], '2026-07-01')).toBe(1);
    expect(versionInForceIndex(['2027-01-01', '2026-12-01'], '2026-07-01')).toBe(1);
  });
  it('is -1 without versions', () => {
    expect(versionInForceIndex([], '2026-07-01')).toBe(-1);
  });
});
