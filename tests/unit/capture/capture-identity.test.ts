import { describe, expect, it } from 'vitest';
import { captureContent, sameRows } from '../../../lib/capture/capture-identity';
import type { RawRow } from '../../../lib/model/capture-types';

describe('sameRows: what "already sent" compares', () => {
  const a: RawRow[] = [['小美', '99%', '12'], ['阿杰', '97%', '15']];
  it('is true for the same texts in the same order, read again (new arrays)', () => {
    expect(sameRows(a, a.map((r) => [...r] as RawRow))).toBe(true);
  });
  it('ignores row order (a re-sort)', () => {
    expect(sameRows(a, [a[1]!, a[0]!])).toBe(true);
  });
  it('sees one changed text, an added or a dropped row, and a cell moved to another row', () => {
    expect(sameRows(a, [['小美', '99%', '12'], ['阿杰', '96%', '15']])).toBe(false);
    expect(sameRows(a, [...a, ['小刘', '90%', '3']])).toBe(false);
    expect(sameRows(a, [a[0]!])).toBe(false);
    expect(sameRows(a, [['小美', '99%', '15'], ['阿杰', '97%', '12']])).toBe(false);
  });
  it('does not take a split text for the same cells ("1" + "23" is not "12" + "3")', () => {
    expect(sameRows([['小美', '1', '23']], [['小美', '12', '3']])).toBe(false);
  });
  it('agrees with captureContent on reordered rows', () => {
    const b: RawRow[] = [a[1]!, ['小美', '99%', '13']];
    expect(sameRows(a, b)).toBe(captureContent(a) === captureContent(b));
  });
});
