import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { KefuDatabase } from '../../../lib/db/database';
import { writeCapture } from '../../../lib/db/write-capture';
import { writePref } from '../../../lib/db/prefs';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { importCsv } from '../../../lib/io/apply-csv-import';
import { exportBackup, parseBackupText, type Backup } from '../../../lib/io/backup';
import { importFile } from '../../../lib/io/import-file';
import { freshDatabase, makeCapture } from '../db/make-capture';
import { fuzz, fuzzTimeout } from './fuzz-settings';
import { databaseState, looksLikeJson, seededDatabases, type DatabaseState } from './import-state';
import { applyAll, mutations, type Mutation } from './mutations';

/**
 * A corrupted backup is refused whole, every issue naming its path in the file, or imported whole
 * (issue 11, property 3). Through importFile, as the options page calls it, on a fake-indexeddb Dexie.
 */

const T1 = new Date('2026-11-21T01:00:00.000Z');
const T2 = new Date('2026-11-21T02:00:00.000Z');

/** The file: captures, a CSV import, sites and every kind of setting, as backup.test.ts seeds them. */
async function seedFileSource(d: KefuDatabase): Promise<void> {
  await writeCapture(d, makeCapture(), T1);
  await writeCapture(d, makeCapture({ period: { start: '2026-11-19', end: '2026-11-19', guessed: true, evidence: '' } }), T2);
  await importCsv(d, 'period_start,period_end,agent,metric,value,row_kind\n2026-11-01,2026-11-30,汇总,refund_rate,1.5,team_total', T2);
  await d.sites.bulkPut([{ pattern: 'https://radar.example.com/*', addedAt: T1.toISOString() }]);
  const scheme = presetScheme('presale');
  scheme.versions.push({ ...scheme.versions[0]!, effectiveFrom: '2026-11-15' });
  await saveScheme(d, scheme);
  await saveProfile(d, { key: '旗舰店:小美', displayName: '美美', role: 'presale', aliases: ['旗舰店:小美美'], isMe: true });
  await saveProfile(d, { key: '旗舰店:阿强', role: 'aftersale', aliases: [], isMe: false });
  await writePref(d, 'overlay', { hiddenHosts: ['sycm.taobao.com'], position: { x: 40, y: 600 }, expanded: true });
}

/** The database it is restored into: other data of its own, and another "me". */
async function seedTarget(d: KefuDatabase): Promise<void> {
  await writeCapture(
    d,
    makeCapture({
      source: { console: 'chitu', pageUrl: 'https://kpi.topchitu.com/r', frameUrl: 'https://kpi.topchitu.com/r', tableKey: 'https://kpi.topchitu.com/r|reply_rate' },
      metrics: ['reply_rate'],
      rows: [{ label: '旗舰店:小美', kind: 'agent', values: { reply_rate: 91 } }],
    }),
    T1,
  );
  await saveProfile(d, { key: '旗舰店:老王', role: 'presale', aliases: [], isMe: true });
  await d.sites.bulkPut([{ pattern: 'https://*.kf-tools.cn/*', addedAt: T2.toISOString() }]);
}

let FILE: Backup;
beforeAll(async () => {
  const d = freshDatabase();
  await seedFileSource(d);
  FILE = await exportBackup(d, new Date('2026-12-01T00:00:00.000Z'));
  d.close();
  await d.delete();
});

/** The keys of a version-2 backup's root object. */
const BACKUP_KEYS = new Set(['format', 'version', 'exportedAt', 'schemaVersion', 'values', 'captures', 'snapshots', 'sites', 'schemes', 'agents', 'prefs']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** Every path to a value in the file (the root excluded). */
function pathsOf(value: Json, prefix: Key[] = []): Key[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [Key, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

function parentOf(root: Json, path: readonly Key[]): Json | undefined {
  let node: Json | undefined = root;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, Json>)[k];
  }
  return node;
}

/** Values a field of a backup may be damaged into: wrong types, bad dates, untrimmed labels, near misses. */
const BAD_VALUES: Json[] = [null, 0, -1, 1.5, 1e308, '', 'x', ' 旗舰店:小美 ', true, [], {}, '2026-13-01', '2026-11-20T25:00:00Z', 99999, 'sycm', 'percent', '旗舰店:阿强', 3];

/** One field of the backup replaced, deleted, added or doubled, then the file written as the options page writes it. */
const fieldMutation: fc.Arbitrary<Mutation> = fc
  .record({ pick: fc.nat(), op: fc.constantFrom('replace', 'replace', 'delete', 'add', 'double'), bad: fc.constantFrom(...BAD_VALUES) })
  .map(({ pick, op, bad }) => ({
    describe: `${op} at path #${pick}${op === 'replace' ? ` with ${JSON.stringify(bad)}` : ''}`,
    apply: (text) => {
      let root: Json;
      try {
        root = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
      } catch {
        return text; // already broken by an earlier mutation
      }
      const paths = pathsOf(root);
      if (paths.length === 0) return text;
      const path = paths[pick % paths.length]!;
      const parent = parentOf(root, path) as Record<Key, Json> | Json[];
      const key = path[path.length - 1]!;
      if (op === 'replace') (parent as Record<Key, Json>)[key] = structuredClone(bad);
      else if (op === 'delete' && Array.isArray(parent)) parent.splice(key as number, 1);
      else if (op === 'delete') delete (parent as Record<Key, Json>)[key];
      else if (op === 'double' && Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]!));
      else if (!Array.isArray(parent)) parent[`extra_${String(key)}`] = structuredClone(bad);
      return JSON.stringify(root, null, text.includes('\n') ? 2 : undefined);
    },
  }));

/** `values[3].periodEnd`, `prefs[0].value.position.x`, `["a b"]` → keys (lib/model/schemas/issue-text.ts formatPath). */
function keysOf(path: string): Key[] {
  const keys: Key[] = [];
  const part = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let m: RegExpExecArray | null;
  while (part.lastIndex < path.length && (m = part.exec(path))) keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  expect(part.lastIndex === path.length || path === '', `path ${JSON.stringify(path)} reads as keys`).toBe(true);
  return keys;
}

const databases = seededDatabases(seedTarget);
afterAll(() => databases.dispose());

/** Records by primary key, per store. */
function byKey(state: DatabaseState) {
  return {
    values: new Map(state.values.map((r) => [r.id, r])),
    captures: new Map(state.captures.map((r) => [r.id, r])),
    snapshots: new Map(state.snapshots.map((r) => [r.id, r])),
    sites: new Map(state.sites.map((r) => [r.pattern, r])),
    schemes: new Map(state.schemes.map((r) => [r.role, r])),
    agents: new Map(state.agents.map((r) => [r.key, r])),
    prefs: new Map(state.prefs.map((r) => [r.key, r])),
  };
}

describe('fuzz: a corrupted backup is refused whole or imported whole', () => {
  it('random byte, line and field damage: refused with every issue at a path of the file, nothing changed; or every record stored as read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), mutations(fieldMutation), async (pretty, damage) => {
        const text = applyAll(JSON.stringify(FILE, null, pretty ? 2 : undefined), damage);
        const { db, before } = await databases.get();
        let unchanged = false;
        try {
          const result = await importFile(db, text);
          const after = await databaseState(db);
          if (!result.ok) {
            expect(after, 'a refused file changes nothing').toEqual(before);
            unchanged = true;
            if (!looksLikeJson(text)) return; // no longer a backup: the CSV reader refused it
            const parsed = parseBackupText(text);
            expect(parsed.ok).toBe(false);
            if (parsed.ok) return;
            expect(parsed.issues.length).toBeGreaterThan(0);
            let json: Json;
            try {
              json = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
            } catch {
              expect(parsed.issues.map((i) => i.path)).toEqual(['']); // not JSON: the reader's message says where
              return;
            }
            // zod puts an unknown key at the object holding it: at the root that is the path ''.
            const unknownAtRoot = json !== null && typeof json === 'object' && !Array.isArray(json) && Object.keys(json).some((k) => !BACKUP_KEYS.has(k));
            for (const issue of parsed.issues) {
              const keys = keysOf(issue.path);
              if (keys.length === 0 && unknownAtRoot) continue;
              expect(keys.length, `an issue at the root of a JSON file: ${JSON.stringify(issue)}`).toBeGreaterThan(0);
              const parent = parentOf(json, keys);
              // The path leads into the file: its parent exists (the last key may be the missing one).
              expect(parent !== undefined && (parent === null || typeof parent === 'object' || keys.length === 1), `issue path ${issue.path}`).toBe(true);
            }
            return;
          }

          expect(result.kind).toBe('backup');
          const parsed = parseBackupText(text);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const file = parsed.backup;
          // Whole: as many records per table as the file's text holds, counted without the importer.
          const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown[]>;
          for (const table of ['values', 'captures', 'snapshots', 'sites', 'schemes', 'agents', 'prefs'] as const) {
            expect((file as unknown as Partial<Record<string, unknown[]>>)[table]?.length, table).toBe(raw[table]?.length);
          }
          const now = byKey(after);
          const was = byKey(before);
          const inFile = {
            values: new Map(file.values.map((r) => [r.id, r])),
            captures: new Map(file.captures.map((r) => [r.id, r])),
            snapshots: new Map(file.snapshots.map((r) => [r.id, r])),
            sites: new Map(file.sites.map((r) => [r.pattern, r])),
            schemes: new Map(file.version === 2 ? file.schemes.map((r) => [r.role, r]) : []),
            agents: new Map(file.version === 2 ? file.agents.map((r) => [r.key, r]) : []),
            prefs: new Map(file.version === 2 ? file.prefs.map((r) => [r.key, r]) : []),
          };
          for (const store of Object.keys(inFile) as (keyof typeof inFile)[]) {
            const stored = now[store] as Map<unknown, unknown>;
            const read = inFile[store] as Map<unknown, unknown>;
            for (const [key, record] of read) expect(stored.get(key), `${store} ${String(key)}`).toEqual(record);
            // Merge: what the file does not name stays (an agent may only lose "me" to the file's).
            for (const [key, record] of was[store] as Map<unknown, unknown>) {
              if (read.has(key)) continue;
              expect(stored.has(key), `${store} ${String(key)} kept`).toBe(true);
              if (store !== 'agents') expect(stored.get(key), `${store} ${String(key)}`).toEqual(record);
            }
            expect(stored.size, store).toBe(new Set([...read.keys(), ...(was[store] as Map<unknown, unknown>).keys()]).size);
          }
        } finally {
          if (!unchanged) await databases.spoil();
        }
      }),
      fuzz(40),
    );
  }, fuzzTimeout(15_000));
});
