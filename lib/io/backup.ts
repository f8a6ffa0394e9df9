import { z } from 'zod';
import { agentProfileSchema, kpiSchemeSchema } from '../analysis';
import { type KefuDatabase, PREF_SCHEMAS, CURRENT_SCHEMA_VERSION, allStoredValues, putValues, profileConflicts, SECOND_ME_ISSUE } from '../db';
import { captureRecordSchema, siteRecordSchema, snapshotRecordSchema, valueRecordSchema, isoTimestampSchema, addIssue, issueTexts, summarizeIssues, type IssueText } from '../model/schemas';
import { text } from '../model';
import { say } from '../i18n/translate';

export const BACKUP_FORMAT = 'kefu-benchmark-backup';
/** 2: adds the settings (KPI schemes, agent profiles, view prefs). Version 1 files are still read. */
export const BACKUP_VERSION = 2;
const SUPPORTED_VERSIONS: readonly unknown[] = [1, 2];

/** Beyond this many issues the list is cut: a file of the wrong kind would give one per record. */
const MAX_REPORTED_ISSUES = 100;

/** A view pref as stored (lib/db/prefs.ts): a known key, and a value its schema accepts. */
const prefRecordSchema = z.strictObject({ key: z.string(), value: z.unknown() }).superRefine((p, ctx) => {
  if (!Object.hasOwn(PREF_SCHEMAS, p.key)) {
    addIssue(ctx, ['key'], text('issueUnknownSetting', JSON.stringify(p.key)));
    return;
  }
  const result = PREF_SCHEMAS[p.key as keyof typeof PREF_SCHEMAS].safeParse(p.value, { reportInput: true });
  // The value's own issues, moved under `value` so the path names the field in the file.
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] });
});

const recordTables = {
  format: z.literal(BACKUP_FORMAT),
  exportedAt: isoTimestampSchema,
  /** The database layout the records were read from (lib/db/schema-versions.ts). */
  schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
  values: z.array(valueRecordSchema),
  captures: z.array(captureRecordSchema),
  snapshots: z.array(snapshotRecordSchema),
  sites: z.array(siteRecordSchema),
};

type Ctx = z.core.$RefinementCtx<unknown>;

function checkUnique(ctx: Ctx, table: string, keys: readonly (string | number)[]): void {
  const seen = new Set<string | number>();
  keys.forEach((k, i) => {
    if (seen.has(k)) addIssue(ctx, [table, i], text('issueDuplicateKey', JSON.stringify(k)));
    seen.add(k);
  });
}

function checkRecords(b: z.infer<z.ZodObject<typeof recordTables>>, ctx: Ctx): void {
  checkUnique(ctx, 'values', b.values.map((v) => v.id));
  checkUnique(ctx, 'captures', b.captures.map((c) => c.id));
  checkUnique(ctx, 'snapshots', b.snapshots.map((s) => s.id));
  checkUnique(ctx, 'sites', b.sites.map((s) => s.pattern));
  // Every value and snapshot must point at a capture of the same file, or the log would lie.
  const captureIds = new Set(b.captures.map((c) => c.id));
  b.values.forEach((v, i) => {
    if (!captureIds.has(v.captureId)) addIssue(ctx, ['values', i, 'captureId'], text('issueCaptureMissing', v.captureId));
  });
  b.snapshots.forEach((s, i) => {
    s.captureIds.forEach((id, j) => {
      if (!captureIds.has(id)) addIssue(ctx, ['snapshots', i, 'captureIds', j], text('issueCaptureMissing', id));
    });
  });
}

/** Version 1: the captured data only. */
export const backupV1Schema = z.strictObject({ ...recordTables, version: z.literal(1) }).superRefine(checkRecords);
export type BackupV1 = z.infer<typeof backupV1Schema>;

export const backupSchema = z
  .strictObject({
    ...recordTables,
    version: z.literal(BACKUP_VERSION),
    schemes: z.array(kpiSchemeSchema),
    agents: z.array(agentProfileSchema),
    prefs: z.array(prefRecordSchema),
  })
  .superRefine((b, ctx) => {
    checkRecords(b, ctx);
    checkUnique(ctx, 'schemes', b.schemes.map((s) => s.role));
    checkUnique(ctx, 'agents', b.agents.map((a) => a.key));
    checkUnique(ctx, 'prefs', b.prefs.map((p) => p.key));
    // The same rules as the options page: one agent is "me", a captured text belongs to one agent.
    let me = false;
    b.agents.forEach((profile, i) => {
      for (const c of profileConflicts(profile, b.agents.slice(0, i))) addIssue(ctx, ['agents', i, ...c.path], c.message);
      if (profile.isMe && me) addIssue(ctx, ['agents', i, 'isMe'], SECOND_ME_ISSUE);
      me ||= profile.isMe;
    });
  });

export type Backup = z.infer<typeof backupSchema>;
/** What a file may hold: the current format, or an older one restored as it is. */
export type AnyBackup = Backup | BackupV1;

export type ParseBackupResult = { ok: true; backup: AnyBackup } | { ok: false; error: string; issues: IssueText[] };

function failed(issues: IssueText[]): ParseBackupResult {
  return { ok: false, error: summarizeIssues(issues, say), issues: issues.slice(0, MAX_REPORTED_ISSUES) };
}

/** Everything in one read transaction, so the file is one consistent moment of the database. */
export async function exportBackup(db: KefuDatabase, exportedAt: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.valueMonths, db.captures, db.snapshots, db.sites, db.schemes, db.agents, db.prefs], async () => {
    const [values, captures, snapshots, sites, schemes, agents, prefs] = await Promise.all([
      allStoredValues(db),
      db.captures.toArray(),
      db.snapshots.toArray(),
      db.sites.toArray(),
      db.schemes.toArray(),
      db.agents.toArray(),
      db.prefs.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: exportedAt.toISOString(),
      schemaVersion: db.verno,
      // By value id, as the per-value store listed them: the same data always gives the same file.
      values: values.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      captures,
      snapshots,
      sites,
      schemes,
      agents,
      prefs,
    } satisfies Backup;
  });
}

/**
 * Checks a parsed backup file. The kind of file is checked first, so a wrong file gets one clear line
 * instead of an error per record; then every record with the same rules as a capture.
 */
export function parseBackup(json: unknown): ParseBackupResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return failed([{ path: 'format', message: text('backupNotOurs', BACKUP_FORMAT) }]);
  }
  const { version, schemaVersion } = json as { version?: unknown; schemaVersion?: unknown };
  if (!SUPPORTED_VERSIONS.includes(version)) {
    return failed([{ path: 'version', message: text('backupUnsupportedVersion', JSON.stringify(version) ?? 'undefined') }]);
  }
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    return failed([{ path: 'schemaVersion', message: text('backupFromNewer', schemaVersion) }]);
  }
  const schema = version === 1 ? backupV1Schema : backupSchema;
  const result = schema.safeParse(json, { reportInput: true });
  return result.success ? { ok: true, backup: result.data } : failed(issueTexts(result.error));
}

/** parseBackup for the text of a file, with a clear message when it is not JSON at all. */
export function parseBackupText(fileText: string): ParseBackupResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed([{ path: '', message: text('backupNotJson', detail) }]);
  }
  return parseBackup(json);
}

export interface ImportBackupResult {
  values: number;
  captures: number;
  snapshots: number;
  sites: number;
  schemes: number;
  agents: number;
  prefs: number;
}

/**
 * Restores a checked backup in one transaction. 'merge' (default) puts every record by its primary key:
 * records of the file win, others stay, so export → wipe → import is exact and importing twice changes
 * nothing. Capture ids are kept, so merging a backup of another install can overwrite log entries with
 * the same id; 'replace' clears all tables first for a clean restore. A version-1 file holds no settings,
 * so it leaves the stored schemes, profiles and prefs alone in either mode. A file's "me" profile
 * unmarks a stored one, so there is never more than one.
 */
export async function importBackup(
  db: KefuDatabase,
  backup: AnyBackup,
  options: { mode?: 'merge' | 'replace' } = {},
): Promise<ImportBackupResult> {
  const settings = backup.version === 1 ? null : backup;
  const tables = [db.valueMonths, db.captures, db.snapshots, db.sites, db.schemes, db.agents, db.prefs];
  await db.transaction('rw', tables, async () => {
    const cleared = options.mode === 'replace' ? (settings ? tables : tables.slice(0, 4)) : [];
    await Promise.all(cleared.map((table) => table.clear()));
    await Promise.all([
      putValues(db, backup.values),
      db.captures.bulkPut(backup.captures),
      db.snapshots.bulkPut(backup.snapshots),
      db.sites.bulkPut(backup.sites),
    ]);
    if (!settings) return;
    if (settings.agents.some((p) => p.isMe)) {
      const inFile = new Set(settings.agents.map((p) => p.key));
      const unmarked = (await db.agents.toArray()).filter((p) => p.isMe && !inFile.has(p.key)).map((p) => ({ ...p, isMe: false }));
      await db.agents.bulkPut(unmarked);
    }
    await Promise.all([db.schemes.bulkPut(settings.schemes), db.agents.bulkPut(settings.agents), db.prefs.bulkPut(settings.prefs)]);
  });
  return {
    values: backup.values.length,
    captures: backup.captures.length,
    snapshots: backup.snapshots.length,
    sites: backup.sites.length,
    schemes: settings?.schemes.length ?? 0,
    agents: settings?.agents.length ?? 0,
    prefs: settings?.prefs.length ?? 0,
  };
}
