import { z } from 'zod';
import type { KefuDatabase } from '../db/database';
import {
  captureRecordSchema,
  siteRecordSchema,
  snapshotRecordSchema,
  valueRecordSchema,
} from '../db/records';
import { CURRENT_SCHEMA_VERSION } from '../db/schema-versions';
import { isoTimestampSchema } from '../messages/field-schemas';
import { addIssue, issueTexts, summarizeIssues, type IssueText } from '../messages/issue-text';

export const BACKUP_FORMAT = 'kefu-benchmark-backup';
export const BACKUP_VERSION = 1;

/** Beyond this many issues the list is cut: a file of the wrong kind would give one per record. */
const MAX_REPORTED_ISSUES = 100;

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: isoTimestampSchema,
    /** The database layout the records were read from (lib/db/schema-versions.ts). */
    schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
    values: z.array(valueRecordSchema),
    captures: z.array(captureRecordSchema),
    snapshots: z.array(snapshotRecordSchema),
    sites: z.array(siteRecordSchema),
  })
  .superRefine((b, ctx) => {
    const unique = (table: string, keys: readonly (string | number)[]) => {
      const seen = new Set<string | number>();
      keys.forEach((k, i) => {
        if (seen.has(k)) addIssue(ctx, [table, i], `duplicate key ${JSON.stringify(k)}`, `主键重复 ${JSON.stringify(k)}`);
        seen.add(k);
      });
    };
    unique('values', b.values.map((v) => v.id));
    unique('captures', b.captures.map((c) => c.id));
    unique('snapshots', b.snapshots.map((s) => s.id));
    unique('sites', b.sites.map((s) => s.pattern));
    // Every value and snapshot must point at a capture of the same file, or the log would lie.
    const captureIds = new Set(b.captures.map((c) => c.id));
    b.values.forEach((v, i) => {
      if (!captureIds.has(v.captureId)) addIssue(ctx, ['values', i, 'captureId'], `capture ${v.captureId} is not in captures`, `采集记录 ${v.captureId} 不在 captures 中`);
    });
    b.snapshots.forEach((s, i) => {
      s.captureIds.forEach((id, j) => {
        if (!captureIds.has(id)) addIssue(ctx, ['snapshots', i, 'captureIds', j], `capture ${id} is not in captures`, `采集记录 ${id} 不在 captures 中`);
      });
    });
  });

export type Backup = z.infer<typeof backupSchema>;

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string; issues: IssueText[] };

function failed(issues: IssueText[]): ParseBackupResult {
  return { ok: false, error: summarizeIssues(issues), issues: issues.slice(0, MAX_REPORTED_ISSUES) };
}

/** Everything in one read transaction, so the file is one consistent moment of the database. */
export async function exportBackup(db: KefuDatabase, exportedAt: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.values, db.captures, db.snapshots, db.sites], async () => {
    const [values, captures, snapshots, sites] = await Promise.all([
      db.values.toArray(),
      db.captures.toArray(),
      db.snapshots.toArray(),
      db.sites.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: exportedAt.toISOString(),
      schemaVersion: db.verno,
      values,
      captures,
      snapshots,
      sites,
    } satisfies Backup;
  });
}

/**
 * Checks a parsed backup file. The kind of file is checked first, so a wrong file gets one clear line
 * instead of an error per record; then every record with the same rules as a capture.
 */
export function parseBackup(json: unknown): ParseBackupResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return failed([{ path: 'format', messageZh: `不是客服对比备份文件（format 应为 "${BACKUP_FORMAT}"）`, messageEn: `not a kefu-benchmark backup (format must be "${BACKUP_FORMAT}")` }]);
  }
  const { version, schemaVersion } = json as { version?: unknown; schemaVersion?: unknown };
  if (version !== BACKUP_VERSION) {
    return failed([{ path: 'version', messageZh: `不支持的备份版本 ${JSON.stringify(version)}`, messageEn: `unsupported backup version ${JSON.stringify(version)}` }]);
  }
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    return failed([{ path: 'schemaVersion', messageZh: `备份来自更新版本的扩展（数据库版本 ${schemaVersion}），请先升级扩展`, messageEn: `backup comes from a newer extension (schema ${schemaVersion}); update the extension first` }]);
  }
  const result = backupSchema.safeParse(json, { reportInput: true });
  return result.success ? { ok: true, backup: result.data } : failed(issueTexts(result.error));
}

/** parseBackup for the text of a file, with a clear message when it is not JSON at all. */
export function parseBackupText(text: string): ParseBackupResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed([{ path: '', messageZh: `不是有效的 JSON 文件：${detail}`, messageEn: `not a valid JSON file: ${detail}` }]);
  }
  return parseBackup(json);
}

export interface ImportBackupResult {
  values: number;
  captures: number;
  snapshots: number;
  sites: number;
}

/**
 * Restores a checked backup in one transaction. 'merge' (default) puts every record by its primary key:
 * records of the file win, others stay, so export → wipe → import is exact and importing twice changes
 * nothing. Capture ids are kept, so merging a backup of another install can overwrite log entries with
 * the same id; 'replace' clears all tables first for a clean restore.
 */
export async function importBackup(
  db: KefuDatabase,
  backup: Backup,
  options: { mode?: 'merge' | 'replace' } = {},
): Promise<ImportBackupResult> {
  await db.transaction('rw', [db.values, db.captures, db.snapshots, db.sites], async () => {
    if (options.mode === 'replace') {
      await Promise.all([db.values.clear(), db.captures.clear(), db.snapshots.clear(), db.sites.clear()]);
    }
    await Promise.all([
      db.values.bulkPut(backup.values),
      db.captures.bulkPut(backup.captures),
      db.snapshots.bulkPut(backup.snapshots),
      db.sites.bulkPut(backup.sites),
    ]);
  });
  return { values: backup.values.length, captures: backup.captures.length, snapshots: backup.snapshots.length, sites: backup.sites.length };
}
