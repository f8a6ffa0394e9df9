import { describe, expect, test } from 'vitest';
import { stringPairs } from '../../../lib/db/compound-keys';

describe('stringPairs', () => {
  test('keeps two-string keys in order, leaves any other shape out', () => {
    expect(stringPairs([['2026-11-20', '2026-11-26'], ['旗舰店:小美', '2026-11'], 'x', ['a'], ['a', 1], [new Date(0), 'b'], ['a', 'b', 'c']])).toEqual([
      ['2026-11-20', '2026-11-26'],
      ['旗舰店:小美', '2026-11'],
    ]);
  });
});
