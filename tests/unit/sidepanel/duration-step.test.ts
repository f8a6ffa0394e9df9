import { describe, expect, it } from 'vitest';
import { durationStep } from '../../../lib/sidepanel/duration-step';

describe('durationStep', () => {
  it.each([
    ['online time 7h50 → 10h20 (span 2.5 h)', 28_200, 37_200, 1800],
    ['online time 0 → 10 h', 0, 36_000, 7200],
    ['a few minutes', 100, 400, 60],
    ['a whole day and more', 0, 200_000, 43_200],
    ['many days', 0, 5_000_000, 1_036_800],
  ])('%s', (_name, min, max, step) => {
    expect(durationStep(min, max)).toBe(step);
  });
});
