import { isNewer } from '../model';
import type { ValueRecord } from '../model/schemas';

/**
 * Which of two values of one agent, period and metric to show (an agent's aliases or two sources can
 * both have one): a number over a missing one, then the later capture.
 */
export function isPreferredValue(a: ValueRecord, b: ValueRecord): boolean {
  if ((a.value === null) !== (b.value === null)) return a.value !== null;
  return isNewer(a, b);
}
