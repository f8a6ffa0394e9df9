/**
 * Every version of the IndexedDB layout, oldest first. KefuDatabase declares them all, so Dexie can
 * upgrade any older database step by step; the README documents this list. A new version appends an
 * entry with the full store list (Dexie diffs them) and, if a field must be derived, an `upgrade`.
 * Never edit a version that has shipped.
 */
import type { Transaction } from 'dexie';
import type { ValueRecord } from '../model/schemas';
import { groupByMonthRecord, packIntoMonth } from './value-month';

export interface SchemaVersion {
  version: number;
  /** null deletes a store (after `upgrade` has read it). */
  stores: Record<string, string | null>;
  /** What changed and why, for the README. */
  note: string;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Primary key: JSON [sourceKey, periodStart, periodEnd, label, metric]. Indexes only for the
      // queries the views make (by period, agent, metric, capture, table); each costs a write per value.
      values: 'id, [periodStart+periodEnd], label, metric, captureId, sourceKey',
      captures: '++id, capturedAt, sourceKey',
      // Primary key: JSON [sourceKey, periodStart, periodEnd].
      snapshots: 'id, [periodStart+periodEnd], sourceKey',
      sites: 'pattern',
    },
    note: 'First layout: values, capture log, per-table snapshots, user-added sites.',
  },
  {
    version: 2,
    stores: {
      // `label` becomes `[label+periodStart]`: an agent's history for a date range is one index range
      // (the agent view), and a label alone is still its prefix.
      values: 'id, [periodStart+periodEnd], [label+periodStart], metric, captureId, sourceKey',
      captures: '++id, capturedAt, sourceKey',
      snapshots: 'id, [periodStart+periodEnd], sourceKey',
      sites: 'pattern',
      // KPI scheme per role (with its versions), agent profiles by captured agent text, view settings.
      schemes: 'role',
      agents: 'key',
      prefs: 'key',
    },
    note: 'Insights: KPI schemes, agent profiles and view prefs; values indexed by agent and date instead of agent alone.',
  },
  {
    version: 3,
    stores: {
      // Values packed per (table, label, month of the period start): see value-month.ts. Indexes: an
      // agent's months ([label+month]), a month of every row (month), a capture's records (captureIds).
      values: null,
      valueMonths: 'id, [label+month], month, *captureIds',
      captures: '++id, capturedAt, sourceKey',
      snapshots: 'id, [periodStart+periodEnd], sourceKey',
      sites: 'pattern',
      schemes: 'role',
      agents: 'key',
      prefs: 'key',
    },
    note: 'Values packed into one record per table, label and month (≈1,200 records a year instead of 456k): imports and agent reads are a few hundred records.',
    // Costs ≈0.26 ms a stored value on a slow VM, most of it IndexedDB deleting the old store (a week of
    // captures ≈2 s, a year ≈2 min: `BENCH_ONLY=upgrade`); the background keeps its worker alive meanwhile.
    upgrade: async (tx) => {
      const values = (await tx.table('values').toArray()) as ValueRecord[];
      const groups = groupByMonthRecord(values);
      await tx.table('valueMonths').bulkAdd([...groups.values()].map((group) => packIntoMonth(undefined, group)));
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
