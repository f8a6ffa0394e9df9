import { type ConsoleId, TABLE_KEY_MAX_LENGTH } from '../model';

/** Dates, date ranges and browser copy suffixes in a file name: the parts that differ between downloads. */
const DATE_G = /(?<!\d)20\d\d(?:[-/.年]?\d{1,2}(?:[-/.月]?\d{1,2}日?)?)?(?!\d)/g;
const CONNECTOR_G = /\s*(?:至|到|~|～|—|–)\s*/g;
const COPY_SUFFIX = /\s*(?:\(\d+\)|（\d+）|-\s*副本|副本|copy)$/i;
const EDGE_G = /^[\s_\-.]+|[\s_\-.]+$/g;
const RUNS_G = /[\s_\-.]{2,}/g;

/**
 * The report a file is a download of: its name without ending, dates and copy suffixes, so the weekly
 * downloads `客服绩效_20261120_20261126.xlsx` and `客服绩效_20261127_20261203 (1).xlsx` are one report.
 */
export function reportName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const name = base
    .replace(COPY_SUFFIX, '')
    .replace(DATE_G, '')
    .replace(CONNECTOR_G, ' ')
    .replace(RUNS_G, (run) => run.trim()[0] ?? ' ')
    .replace(EDGE_G, '');
  return name === '' ? 'report' : name;
}

/**
 * Where an imported sheet's values are filed: `file|<console>|<report>#<sheet>` (a CSV has no sheet:
 * `file|<console>|<report>`). Stable across downloads of the same report, so importing the same report
 * for the same period again replaces values instead of adding a second source.
 */
export function reportSourceKey(consoleId: ConsoleId, fileName: string, sheet: string | null): string {
  const key = `file|${consoleId}|${reportName(fileName)}${sheet === null ? '' : `#${sheet}`}`;
  return key.length > TABLE_KEY_MAX_LENGTH ? key.slice(0, TABLE_KEY_MAX_LENGTH) : key;
}
