import { liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { type AgentProfile, buildAgentDirectory } from '@/lib/analysis';
import { type KefuDatabase, agentHistory, capturedDays, capturedPeriods, dailyValuesBetween, knownLabels, teamAverageHistory, type PeriodKey, type PeriodRead, readPeriod, readProfiles, readSchemes, readTeamViewPref, writeTeamViewPref } from '@/lib/db';
import { reportError } from '@/lib/log';
import type { ValueRecord } from '@/lib/model/schemas';
import { claimEarlyQuery, defaultTeamPeriod, startEarlyQuery, recentStart, type PanelRoute } from '@/lib/sidepanel';
import { useDatabase } from '@/components/database-context';

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

function useTaggedLiveQuery<T>(tag: string | null, query: () => Promise<T>, inputs: readonly unknown[] = []): Tagged<T> {
  // `inputs`: what the query reads besides the tag's (objects: a new one runs the query again).
  const result = useLiveQuery(async () => (tag === null ? undefined : { tag, data: await query() }), [tag, ...inputs]);
  return { data: result?.data, current: tag !== null && result?.tag === tag };
}

/**
 * A read of the first render: `key` names it (inputs included), so the same read started at boot
 * (startFirstReads) is the one the hook takes over.
 */
interface PanelQuery<T> {
  key: string;
  run: () => Promise<T>;
}

/** A live query of `query`, taken over from boot when it was started there. */
function usePanelQuery<T>(query: PanelQuery<T> | null): T | undefined {
  const key = query?.key ?? null;
  return useObservable(
    () => (key !== null ? claimEarlyQuery<T>(key) : undefined) ?? liveQuery(async () => (query ? query.run() : undefined)),
    // The key holds every input of the query.
    [key],
  );
}

const periodsQuery = (db: KefuDatabase): PanelQuery<PeriodKey[]> => ({ key: 'periods', run: () => capturedPeriods(db) });
const profilesQuery = (db: KefuDatabase): PanelQuery<AgentProfile[]> => ({ key: 'profiles', run: () => readProfiles(db) });
const schemesQuery = (db: KefuDatabase): PanelQuery<Awaited<ReturnType<typeof readSchemes>>> => ({ key: 'schemes', run: () => readSchemes(db) });

interface AgentHistoryResult {
  tag: string;
  agentKey: string;
  data: ValueRecord[];
}

function agentHistoryQuery(db: KefuDatabase, agentKey: string, labels: readonly string[], from: string): PanelQuery<AgentHistoryResult> & { tag: string } {
  const tag = JSON.stringify([agentKey, labels, from]);
  return { key: `agent:${tag}`, tag, run: async () => ({ tag, agentKey, data: await agentHistory(db, labels, from) }) };
}

function teamAverageQuery(db: KefuDatabase, from: string): PanelQuery<{ tag: string; data: ValueRecord[] }> {
  return { key: `average:${from}`, run: async () => ({ tag: from, data: await teamAverageHistory(db, from) }) };
}

/** The team view's period (readPeriod), tagged with it: the hook knows whether it holds this period's. */
function periodReadQuery(db: KefuDatabase, period: PeriodKey): PanelQuery<{ tag: string; data: PeriodRead }> & { tag: string } {
  const tag = `${period.start}|${period.end}`;
  return { key: `period:${tag}`, tag, run: async () => ({ tag, data: await readPeriod(db, period.start, period.end) }) };
}

const teamPrefQuery = (db: KefuDatabase): PanelQuery<Awaited<ReturnType<typeof readTeamViewPref>>> => ({ key: 'teamPref', run: () => readTeamViewPref(db) });

/** The captured texts whose values are the agent's: its key and, once the profiles are read, its aliases. */
export function agentLabels(agentKey: string, profiles: readonly AgentProfile[]): string[] {
  return buildAgentDirectory([agentKey], profiles).agentOf(agentKey)?.labels ?? [agentKey];
}

/**
 * Starts the reads the panel's first render will ask for, before React renders: the basics always, and
 * for `#agent=…` that agent's recent weeks and the team average's (the first chart's data).
 */
export function startFirstReads(db: KefuDatabase, route: PanelRoute, today: string): void {
  for (const query of [periodsQuery(db), profilesQuery(db), schemesQuery(db)] as PanelQuery<unknown>[]) startEarlyQuery(query.key, query.run);
  if (route?.view === 'team') {
    // The team view's first read is its default period's values: started as soon as the periods are
    // known, while the team code loads and the panel renders.
    startEarlyQuery(teamPrefQuery(db).key, teamPrefQuery(db).run);
    void capturedPeriods(db)
      .then((periods) => {
        const period = defaultTeamPeriod(periods);
        if (!period) return;
        const query = periodReadQuery(db, period);
        startEarlyQuery(query.key, query.run);
      })
      // Nothing is lost: the view reads the periods and its period itself, and reports what fails there.
      .catch(() => undefined);
    return;
  }
  if (route?.view !== 'agent') return;
  const from = recentStart(today);
  for (const query of [agentHistoryQuery(db, route.agent, agentLabels(route.agent, []), from), teamAverageQuery(db, from)] as PanelQuery<unknown>[]) {
    startEarlyQuery(query.key, query.run);
  }
}

/** Small, always needed: periods (index keys only), the schemes and the agent profiles (read without zod). */
export function usePanelBasics() {
  const db = useDatabase();
  const periods = usePanelQuery(periodsQuery(db));
  const profiles = usePanelQuery(profilesQuery(db));
  const schemes = usePanelQuery(schemesQuery(db));
  return { periods, profiles, schemes };
}

/**
 * One agent's values (its captured texts) for periods from `from` on: ~9,000 values for a year. `forKey`
 * names the agent the data belongs to, which lags `agentKey` for a moment after a switch.
 */
export function useAgentHistory(
  agentKey: string,
  labels: readonly string[],
  from: string | null,
): Tagged<ValueRecord[]> & { forKey: string | undefined } {
  const db = useDatabase();
  const query = from === null ? null : agentHistoryQuery(db, agentKey, labels, from);
  const result = usePanelQuery(query);
  return { data: result?.data, current: query !== null && result?.tag === query.tag, forKey: result?.agentKey };
}

/** The team-average rows from `from` on; loaded once for the panel, shared by every agent switch. */
export function useTeamAverageHistory(from: string | null): Tagged<ValueRecord[]> {
  const db = useDatabase();
  const result = usePanelQuery(from === null ? null : teamAverageQuery(db, from));
  return { data: result?.data, current: from !== null && result?.tag === from };
}

/** Every value of one period (agents and benchmark rows), with the month records read for it (readPeriod). */
export function usePeriodRead(period: PeriodKey | null): Tagged<PeriodRead> {
  const db = useDatabase();
  const query = period === null ? null : periodReadQuery(db, period);
  const result = usePanelQuery(query);
  return { data: result?.data, current: query !== null && result?.tag === query.tag };
}

/**
 * One-day values of a short window (the team view's trend alerts). The months `alreadyRead` holds are
 * taken from it (a new period read, after a capture, runs this again), only the others are read.
 */
export function useDailyValues(window: { from: string; to: string } | null, alreadyRead: PeriodRead | undefined): Tagged<ValueRecord[]> {
  const db = useDatabase();
  const tag = window === null ? null : `${window.from}|${window.to}`;
  return useTaggedLiveQuery(tag, () => dailyValuesBetween(db, window?.from ?? '', window?.to ?? '', alreadyRead), [alreadyRead]);
}

/** Every captured row text (snapshots only): the agent picker. `enabled` defers it past the first chart. */
export function useKnownLabels(enabled: boolean): string[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => (enabled ? knownLabels(db) : Promise.resolve(undefined)), [db, enabled]);
}

/** Days with a one-day capture (snapshot index keys): the coverage calendar. */
export function useCapturedDays(): Set<string> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => capturedDays(db), [db]);
}

/**
 * The team view's remembered shop: undefined while it is read (the table waits for it rather than
 * flashing every shop first), and `remember` to keep a new choice for the next opening.
 */
export function useTeamViewPref(): { shop: string | undefined; remember: (shop: string) => void } {
  const db = useDatabase();
  const pref = usePanelQuery(teamPrefQuery(db));
  return {
    shop: pref?.shop,
    remember: (shop) => void writeTeamViewPref(db, { shop }).catch((error: unknown) => reportError('viewPref', error)),
  };
}
