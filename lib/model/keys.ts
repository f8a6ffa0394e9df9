import type { CaptureSource } from './capture-types';

/** One table of one console, stable across its pages and re-renders. */
export function sourceKey(source: Pick<CaptureSource, 'console' | 'tableKey'>): string {
  return `${source.console}|${source.tableKey}`;
}

/** Where CSV rows without a `source` column are filed. */
export const CSV_IMPORT_SOURCE_KEY = 'import|csv';

// Labels may hold any character (colons, pipes, quotes, newlines), so keys are JSON arrays, which cannot
// collide, rather than joined strings, which can.

/** Primary key of a value: one per (source, period, label, metric). */
export function valueId(
  sourceKeyValue: string,
  periodStart: string,
  periodEnd: string,
  label: string,
  metric: string,
): string {
  return JSON.stringify([sourceKeyValue, periodStart, periodEnd, label, metric]);
}

/** Primary key of a snapshot: one per (source, period). */
export function snapshotId(sourceKeyValue: string, periodStart: string, periodEnd: string): string {
  return JSON.stringify([sourceKeyValue, periodStart, periodEnd]);
}

/** Primary key of a month record of values: one per (source, label, month of the period start). */
export function valueMonthId(sourceKeyValue: string, label: string, month: string): string {
  return JSON.stringify([sourceKeyValue, label, month]);
}
