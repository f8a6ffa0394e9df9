import { periodDays, periodProblem } from '../model';
import { periodFromFileName } from '../period';
import type { SheetPeriod } from './types';

/**
 * The period of a sheet, from the strongest evidence: the sheet's own date column (each row its day),
 * else the file name (`_20261120_20261126`, `2026-11-20至2026-11-26`, `2026-11-20~2026-11-26`), else
 * `needed`: the user enters it in the preview. Never guessed.
 */
export function reportPeriod(fileName: string, dates: { start: string; end: string; days: number } | null): SheetPeriod {
  if (dates) return { kind: 'date-column', start: dates.start, end: dates.end, days: dates.days };
  const named = periodFromFileName(fileName);
  if (named && !periodProblem(named.start, named.end)) {
    return { kind: 'file-name', start: named.start, end: named.end, days: periodDays(named.start, named.end) ?? undefined };
  }
  return { kind: 'needed' };
}
