import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AgentProfile, KpiScheme } from '../analysis';
import type { CaptureRecord, PrefRecord, SiteRecord, SnapshotRecord } from '../model/schemas';
import { SCHEMA_VERSIONS } from './schema-versions';
import type { ValueMonthRecord } from './value-month';

export const DEFAULT_DATABASE_NAME = 'kefu-benchmark';

/** The extension's IndexedDB: opened by the background (writes) and extension pages (liveQuery reads). */
export class KefuDatabase extends Dexie {
  /** Values, packed per table, label and month: read and write them through value-store.ts. */
  declare valueMonths: EntityTable<ValueMonthRecord, 'id'>;
  declare captures: EntityTable<CaptureRecord, 'id'>;
  declare snapshots: EntityTable<SnapshotRecord, 'id'>;
  declare sites: EntityTable<SiteRecord, 'pattern'>;
  declare schemes: EntityTable<KpiScheme, 'role'>;
  declare agents: EntityTable<AgentProfile, 'key'>;
  declare prefs: EntityTable<PrefRecord, 'key'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export function openDatabase(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions): KefuDatabase {
  return new KefuDatabase(name, options);
}
