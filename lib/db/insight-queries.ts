import { rowKindOf } from '../metrics';
import type { KefuDatabase } from './database';
import { AFTER_ALL_DATES, BEFORE_ALL_DATES, isNewer } from '../model';
import type { ValueRecord } from '../model/schemas';
import { type MonthRecords, recordsOfMonths, storedValuesOfLabel, storedValuesOfPeriod, storedValuesStartingBetween, unpackAll } from './value-store';
import { monthOf } from './value-month';
import { stringPairs } from './compound-keys';

/**
 * The reads of the insight views (side panel, popup, overlay). With a year of history stored (about
 * 456k values, ≈1,200 month records) none of them may walk the value store: each is one or a few index
 * ranges on month records (value-store.ts), or
 * reads only the snapshots (one small record per table and period, carrying its labels). Values come back
 * deduplicated like latestValues: one per period, label and metric, the latest capture across sources.
 */


export interface PeriodKey {
  start: string;
  end: string;
}

/** One value per (period, label, metric): the latest capture, even when it says "missing" (null). */
function latestPerKey(values: readonly ValueRecord[]): ValueRecord[] {
  const latest = new Map<string, ValueRecord>();
  for (const v of values) {
    // Unambiguous without JSON: dates are 10 characters and metric ids never hold '|', so the label
    // (which may hold anything) is everything after the third '|'. Cheaper on 9,000 values of an agent switch.
    const key = `${v.periodStart}|${v.periodEnd}|${v.metric}|${v.label}`;
    const seen = latest.get(key);
    if (!seen || isNewer(v, seen)) latest.set(key, v);
  }
  return [...latest.values()];
}

/** Distinct captured periods, keys only (no snapshot is loaded). */
async function periodKeys(db: KefuDatabase): Promise<PeriodKey[]> {
  // Index keys only: snapshots' [periodStart+periodEnd], in ascending order.
  const keys = stringPairs(await db.snapshots.orderBy('[periodStart+periodEnd]').uniqueKeys());
  return keys.map(([start, end]) => ({ start, end }));
}

/** Every period with a capture, newest start first (a day before the week that starts on it). */
export async function capturedPeriods(db: KefuDatabase): Promise<PeriodKey[]> {
  return (await periodKeys(db)).reverse();
}

/** The latest day that has a one-day capture, or null when no daily table was ever captured. */
export async function latestDailyPeriod(db: KefuDatabase): Promise<string | null> {
  const keys = await periodKeys(db);
  for (let i = keys.length - 1; i >= 0; i--) {
    const { start, end } = keys[i]!;
    if (start === end) return start;
  }
  return null;
}

/** Every value of one period (agents and benchmark rows), deduplicated. */
export async function valuesOfPeriod(db: KefuDatabase, start: string, end: string): Promise<ValueRecord[]> {
  return latestPerKey(await storedValuesOfPeriod(db, start, end));
}

/**
 * valuesOfPeriod's values, and the month records they were read from (opaque outside lib/db): the team
 * view's trend alerts then read their daily window (dailyValuesBetween with `alreadyRead`) without reading
 * the period's month a second time.
 */
export interface PeriodRead {
  values: ValueRecord[];
  readonly months: MonthRecords;
}

export async function readPeriod(db: KefuDatabase, start: string, end: string): Promise<PeriodRead> {
  const months = await recordsOfMonths(db, [monthOf(start)]);
  return { values: latestPerKey(unpackAll([...months.values()].flat(), (s, e) => s === start && e === end)), months };
}

/** Values of one-day periods from `from` to `to` inclusive, deduplicated; months of `alreadyRead` are not read again. */
export async function dailyValuesBetween(db: KefuDatabase, from: string, to: string, alreadyRead?: PeriodRead): Promise<ValueRecord[]> {
  return latestPerKey(await storedValuesStartingBetween(db, from, to, (start, end) => start === end, alreadyRead?.months));
}

/**
 * The history of some captured texts (an agent and its aliases, or benchmark labels), every period kind,
 * for periods starting from `from` to `to` inclusive (either open), deduplicated per label.
 */
export async function agentHistory(db: KefuDatabase, labels: readonly string[], from?: string, to?: string): Promise<ValueRecord[]> {
  const distinct = [...new Set(labels)];
  const perLabel = await Promise.all(distinct.map((label) => storedValuesOfLabel(db, label, from, to)));
  return latestPerKey(perLabel.flat());
}

/** Labels of the snapshots of periods starting from `from` to `to` (either open). */
async function snapshotLabels(db: KefuDatabase, from?: string, to?: string): Promise<Set<string>> {
  // Index range on snapshots' [periodStart+periodEnd] (a few hundred small records a year, never values).
  const snapshots = await db.snapshots
    .where('[periodStart+periodEnd]')
    .between([from ?? BEFORE_ALL_DATES, BEFORE_ALL_DATES], [to ?? AFTER_ALL_DATES, AFTER_ALL_DATES], true, true)
    .toArray();
  const labels = new Set<string>();
  for (const s of snapshots) for (const label of s.labels) labels.add(label);
  return labels;
}

/**
 * Values of the team-average benchmark rows (均值, 团队均值 …) for periods starting from `from` to `to`:
 * the reference line of the agent view. The labels come from the snapshots, then one range per label.
 */
export async function teamAverageHistory(db: KefuDatabase, from?: string, to?: string): Promise<ValueRecord[]> {
  const labels = [...(await snapshotLabels(db, from, to))].filter((label) => rowKindOf(label) === 'team_average');
  return agentHistory(db, labels, from, to);
}

/** Every captured row text, agents and benchmark rows, sorted. */
export async function knownLabels(db: KefuDatabase): Promise<string[]> {
  return [...(await snapshotLabels(db))].sort();
}

/** Days that have at least one one-day capture (the coverage calendar). */
export async function capturedDays(db: KefuDatabase): Promise<Set<string>> {
  const days = new Set<string>();
  for (const { start, end } of await periodKeys(db)) if (start === end) days.add(start);
  return days;
}
