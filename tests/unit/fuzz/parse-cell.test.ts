import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCell } from '../../../lib/metrics/parse-value';
import { fuzz, fuzzTimeout } from './fuzz-settings';
import { garbageCell, printedCell } from './printed-values';
import { humanReading, sameValue } from './human-reading';

/** A parsed cell is exactly right or missing, never another number (issue 11, property 1). */
describe('fuzz: parseCell', () => {
  it('reads every printed form of a canonical value as that value, and every missing marker as null', () => {
    fc.assert(
      fc.property(printedCell, ({ text, unit, hint, context, expected }) => {
        const parsed = parseCell(text, unit, hint, context);
        if (expected === null) expect(parsed).toBeNull();
        else {
          expect(typeof parsed, `${JSON.stringify(text)} as ${unit}/${hint}/${context} gave ${JSON.stringify(parsed)}`).toBe('number');
          expect(sameValue(parsed as number, expected), `${JSON.stringify(text)} → ${parsed as number}, expected ${expected}`).toBe(true);
        }
      }),
      fuzz(3000),
    );
  }, fuzzTimeout());

  it('reads garbage as no value, or as the value a person reads in it, never another number', () => {
    fc.assert(
      fc.property(garbageCell, ({ text, unit, hint, context }) => {
        const parsed = parseCell(text, unit, hint, context);
        const human = humanReading(text, unit, hint, context);
        const where = `${JSON.stringify(text)} as ${unit}/${hint}/${context}: parser ${JSON.stringify(parsed)}, person ${String(human)}`;
        if (typeof parsed === 'number') {
          expect(typeof human, where).toBe('number');
          expect(sameValue(parsed, human as number), where).toBe(true);
        } else if (parsed === null) {
          // "Missing" is only for what a person also reads as no value.
          expect(typeof human, where).not.toBe('number');
        } else expect(parsed, where).toMatch(/\S/);
      }),
      fuzz(4000),
    );
  }, fuzzTimeout());
});
