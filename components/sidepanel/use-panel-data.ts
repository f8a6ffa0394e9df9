import { useLiveQuery } from 'dexie-react-hooks';
import type { KefuDatabase } from '@/lib/db/database';
import {
  agentHistory,
  capturedDays,
  capturedPeriods,
  dailyValuesBetween,
  knownLabels,
  teamAverageHistory,
  valuesOfPeriod,
} from '@/lib/db/insight-queries';
import type { ValueRecord } from '@/lib/db/records';
import { readProfiles, readSchemes } from '@/lib/db/settings-read';

/**
 * The side panel's reads, each a narrow live query (dexie-react-hooks): a new capture shows without a
 * reload, and no query walks the values store. Queries whose input changes (another agent, another
 * period) tag their result with that input: useLiveQuery keeps the previous result until the new one
 * arrives, and the views must know whether what they hold is current or still the old agent's.
 */

export interface Tagged<T> {
  /** The last result, possibly for an earlier input (shown dimmed while the new one loads). */
  data: T | undefined;
  /** data belongs to the current input. */
  current: boolean;
}

function useTaggedLiveQuery<T>(tag: string | null, query: () => Promise<T>): Tagged<T> {
  const result = useLiveQuery(async () => (tag === null ? undefined : { tag, data: await query() }), [tag]);
  return { data: result?.data, current: tag !== null && result?.tag === tag };
}

/**
 * Small, always needed: periods (index keys only), the schemes and the agent profiles (read without zod:
 * lib/db/settings-read.ts).
 */
export function usePanelBasics(db: KefuDatabase) {
  const periods = useLiveQuery(() => capturedPeriods(db), [db]);
  const profiles = useLiveQuery(() => readProfiles(db), [db]);
  const schemes = useLiveQuery(() => readSchemes(db), [db]);
  return { periods, profiles, schemes };
}

/**
 * One agent's values (its captured texts) for periods from `from` on: ~9,000 values for a year. `forKey`
 * names the agent the data belongs to, which lags `agentKey` for a moment after a switch.
 */
export function useAgentHistory(
  db: KefuDatabase,
  agentKey: string,
  labels: readonly string[],
  from: string | null,
): Tagged<ValueRecord[]> & { forKey: string | undefined } {
  const tag = from === null ? null : JSON.stringify([agentKey, labels, from]);
  const result = useLiveQuery(
    async () => (tag === null ? undefined : { tag, agentKey, data: await agentHistory(db, labels, from ?? undefined) }),
    [tag],
  );
  return { data: result?.data, current: tag !== null && result?.tag === tag, forKey: result?.agentKey };
}

/** The team-average rows from `from` on; loaded once for the panel, shared by every agent switch. */
export function useTeamAverageHistory(db: KefuDatabase, from: string | null): Tagged<ValueRecord[]> {
  return useTaggedLiveQuery(from, () => teamAverageHistory(db, from ?? undefined));
}

/** Every value of one period (agents and benchmark rows). */
export function usePeriodValues(db: KefuDatabase, period: { start: string; end: string } | null): Tagged<ValueRecord[]> {
  const tag = period === null ? null : `${period.start}|${period.end}`;
  return useTaggedLiveQuery(tag, () => valuesOfPeriod(db, period?.start ?? '', period?.end ?? ''));
}

/** One-day values of a short window (the team view's trend alerts). */
export function useDailyValues(db: KefuDatabase, window: { from: string; to: string } | null): Tagged<ValueRecord[]> {
  const tag = window === null ? null : `${window.from}|${window.to}`;
  return useTaggedLiveQuery(tag, () => dailyValuesBetween(db, window?.from ?? '', window?.to ?? ''));
}

/** Every captured row text (snapshots only): the agent picker. `enabled` defers it past the first chart. */
export function useKnownLabels(db: KefuDatabase, enabled: boolean): string[] | undefined {
  return useLiveQuery(() => (enabled ? knownLabels(db) : Promise.resolve(undefined)), [db, enabled]);
}

/** Days with a one-day capture (snapshot index keys): the coverage calendar. */
export function useCapturedDays(db: KefuDatabase): Set<string> | undefined {
  return useLiveQuery(() => capturedDays(db), [db]);
}
