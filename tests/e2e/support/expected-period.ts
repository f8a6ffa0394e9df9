import { presetPeriod } from '../../../lib/period/preset-period';
import { isoDate, addDays } from '../../../lib/model/local-date';
import type { ExpectedPeriod } from '../../fixtures/scenarios/index';

/** The period a scenario's tables must be stored under, as of today. */
export function expectedPeriod(period: ExpectedPeriod, today = new Date()): { start: string; end: string; guessed: boolean } {
  if (period.kind === 'fixed') return { start: period.start, end: period.end, guessed: false };
  if (period.kind === 'preset') {
    const range = presetPeriod(period.label, today);
    if (!range) throw new Error(`unknown preset ${period.label}`);
    return { ...range, guessed: false };
  }
  const yesterday = isoDate(addDays(today, -1));
  return { start: yesterday, end: yesterday, guessed: true };
}
