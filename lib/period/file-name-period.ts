import type { DateRange } from '../model';
import { parsePeriodText } from './parse-date-text';

/**
 * The period in an export's file name: `客服绩效_20261120_20261126.xlsx`, `…2026-11-20至2026-11-26.csv`,
 * `…2026-11-20~2026-11-26…`, `自定义报表_店铺_2026-11-01至2026-11-07.xlsx`; a single date gives a one-day
 * period. Directories are ignored; dates without a year and preset words are not read (no "today").
 */
export function periodFromFileName(name: string): DateRange | null {
  return parsePeriodText(name.replace(/^.*[\\/]/, ''));
}
