import { worded, zhWords } from '../support/words';
import { describe, expect, it, beforeEach } from 'vitest';
import { setUiLocale } from '../support/ui-locale';
import { CURRENT_SCHEMA_VERSION } from '../../../lib/db/schema-versions';
import type { KefuDatabase } from '../../../lib/db/database';
import { correctPeriod, wipeAll } from '../../../lib/db/queries';
import { writeCapture } from '../../../lib/db/write-capture';
import { importCsv } from '../../../lib/io/apply-csv-import';
import { writePref } from '../../../lib/db/prefs';
import { saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { exportBackup, importBackup, parseBackup, parseBackupText, type AnyBackup, type Backup, type BackupV1 } from '../../../lib/io/backup';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { storedValues, storedValue, putStoredValues } from '../db/stored-values';

// These tests read the messages as an English-language browser shows them.
beforeEach(() => setUiLocale('en'));

const db = freshDatabasesPerTest();

const T1 = new Date('2026-11-21T01:00:00.000Z');
const T2 = new Date('2026-11-21T02:00:00.000Z');
const EXPORTED = new Date('2026-12-01T00:00:00.000Z');

async function seed(d: KefuDatabase): Promise<void> {
  await writeCapture(d, makeCapture({ warnings: [{ row: '旗舰店:阿强', metric: 'avg_response_time', text: '延迟统计', reason: 'missing' }] }), T1);
  const guessed = await writeCapture(d, makeCapture({ period: { start: '2026-11-19', end: '2026-11-19', guessed: true, evidence: '' } }), T2);
  await correctPeriod(d, guessed.captureId, { start: '2026-11-18', end: '2026-11-18' });
  await importCsv(d, 'period_start,period_end,agent,metric,value,row_kind\n2026-11-01,2026-11-30,汇总,refund_rate,1.5,team_total', T2);
  await d.sites.bulkPut([
    { pattern: 'https://radar.example.com/*', addedAt: T1.toISOString() },
    { pattern: 'https://*.kf-tools.cn/*', addedAt: T2.toISOString() },
  ]);
}

/** The manager's settings: a revised 售前 scheme, two profiles (one "me"), the overlay pref. */
async function seedSettings(d: KefuDatabase): Promise<void> {
  const scheme = presetScheme('presale');
  const v1 = scheme.versions[0]!;
  scheme.versions.push({ ...v1, effectiveFrom: '2026-11-15', metrics: v1.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 99 } : m)) });
  expect(await saveScheme(d, scheme)).toEqual({ ok: true });
  expect(await saveProfile(d, { key: '旗舰店:小美', displayName: '美美', role: 'presale', aliases: ['旗舰店:小美美'], isMe: true })).toEqual({ ok: true });
  expect(await saveProfile(d, { key: '旗舰店:阿强', role: 'aftersale', aliases: [], isMe: false })).toEqual({ ok: true });
  await writePref(d, 'overlay', { hiddenHosts: ['sycm.taobao.com'], position: { x: 40, y: 600 }, expanded: true });
}

async function dump(d: KefuDatabase) {
  return {
    values: await storedValues(d),
    captures: await d.captures.toArray(),
    snapshots: await d.snapshots.toArray(),
    sites: await d.sites.toArray(),
    schemes: await d.schemes.toArray(),
    agents: await d.agents.toArray(),
    prefs: await d.prefs.toArray(),
  };
}

/** A version-1 file as the previous release wrote it: no settings arrays. */
function asVersion1(backup: Backup): BackupV1 {
  const { schemes: _s, agents: _a, prefs: _p, ...rest } = backup;
  return { ...rest, version: 1 };
}

/** A backup through the text a user saves and opens again. */
function viaFile(backup: AnyBackup): AnyBackup {
  const parsed = parseBackupText(JSON.stringify(backup, null, 2));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

function refusal(input: unknown): { error: string; paths: string[]; zh: string[] } {
  const result = typeof input === 'string' ? parseBackupText(input) : parseBackup(input);
  if (result.ok) throw new Error('expected the backup to be refused');
  return { error: result.error, paths: result.issues.map((i) => i.path), zh: result.issues.map((i) => zhWords(i.message)) };
}

describe('backup round trip', () => {
  it('export → wipe → import gives identical tables, ids and settings included', async () => {
    const d = db();
    await seed(d);
    await seedSettings(d);
    const before = await dump(d);
    expect(before.values.length).toBe(19);
    expect(before.captures.map((c) => c.id)).toEqual([1, 2, 3]);
    // 11-20 captured, 11-19 corrected to 11-18, November imported from CSV.
    expect(before.snapshots.map((s) => `${s.periodStart}..${s.periodEnd}`).sort()).toEqual(['2026-11-01..2026-11-30', '2026-11-18..2026-11-18', '2026-11-20..2026-11-20']);

    const backup = await exportBackup(d, EXPORTED);
    expect(backup).toMatchObject({ format: 'kefu-benchmark-backup', version: 2, exportedAt: EXPORTED.toISOString(), schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(backup.schemes.map((x) => [x.role, x.versions.length])).toEqual([['presale', 2]]);
    expect(backup.agents.map((a) => [a.key, a.isMe])).toEqual([['旗舰店:小美', true], ['旗舰店:阿强', false]]);
    expect(backup.prefs).toEqual([{ key: 'overlay', value: { hiddenHosts: ['sycm.taobao.com'], position: { x: 40, y: 600 }, expanded: true } }]);
    await wipeAll(d);
    expect((await dump(d)).values).toEqual([]);

    expect(await importBackup(d, viaFile(backup))).toEqual({ values: 19, captures: 3, snapshots: 3, sites: 2, schemes: 1, agents: 2, prefs: 1 });
    expect(await dump(d)).toEqual(before);
    // The capture counter continues after the restored ids.
    expect((await writeCapture(d, makeCapture(), T2)).captureId).toBe(4);
  });

  it('restores into a fresh database too, and importing twice changes nothing', async () => {
    const source = db();
    await seed(source);
    await seedSettings(source);
    const backup = await exportBackup(source);
    const target = db();
    await importBackup(target, backup);
    await importBackup(target, backup);
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('merges by primary key; replace mode clears first', async () => {
    const d = db();
    await seed(d);
    const backup = await exportBackup(d);
    await d.sites.put({ pattern: 'https://later.example.com/*', addedAt: T2.toISOString() });
    const changed = { ...backup.values[0]!, value: 1 };
    await putStoredValues(d, [changed]);

    await importBackup(d, backup);
    expect(await d.sites.count()).toBe(3); // kept: not in the file
    expect((await storedValue(d, changed.id))?.value).toBe(backup.values[0]!.value); // the file's record wins

    await importBackup(d, backup, { mode: 'replace' });
    expect(await dump(d)).toEqual({ values: backup.values, captures: backup.captures, snapshots: backup.snapshots, sites: backup.sites, schemes: [], agents: [], prefs: [] });
  });

  it('merges settings by key, and a file\'s "me" unmarks the stored one', async () => {
    const source = db();
    await seedSettings(source);
    const backup = await exportBackup(source);
    const d = db();
    await saveProfile(d, { key: '王五', aliases: [], isMe: true });
    await importBackup(d, backup);
    expect((await d.agents.toArray()).map((a) => [a.key, a.isMe])).toEqual([['旗舰店:小美', true], ['旗舰店:阿强', false], ['王五', false]]);
    expect(await d.schemes.toArray()).toEqual(backup.schemes);
  });
});

describe('version-1 backups', () => {
  it('still import, leaving the stored settings alone in either mode', async () => {
    const source = db();
    await seed(source);
    const v1 = asVersion1(await exportBackup(source, EXPORTED));
    const restored = viaFile(JSON.parse(JSON.stringify(v1)) as BackupV1);
    expect(restored.version).toBe(1);

    const d = db();
    await seedSettings(d);
    const settings = await dump(d);
    expect(await importBackup(d, restored)).toEqual({ values: 19, captures: 3, snapshots: 3, sites: 2, schemes: 0, agents: 0, prefs: 0 });
    await importBackup(d, restored, { mode: 'replace' });
    const after = await dump(d);
    expect(after.values).toEqual(v1.values);
    expect(after.captures).toEqual(v1.captures);
    expect({ schemes: after.schemes, agents: after.agents, prefs: after.prefs }).toEqual({ schemes: settings.schemes, agents: settings.agents, prefs: settings.prefs });
  });

  it('may not carry settings arrays', async () => {
    const source = db();
    await seedSettings(source);
    const b = await exportBackup(source);
    expect(refusal({ ...b, version: 1 }).error).toContain('unknown fields: schemes, agents, prefs');
  });
});

describe('malformed backups', () => {
  async function validBackup(): Promise<Backup> {
    const d = db();
    await seed(d);
    await seedSettings(d);
    return JSON.parse(JSON.stringify(await exportBackup(d, EXPORTED))) as Backup;
  }

  it('says so when the file is not JSON', () => {
    const { error, zh } = refusal('{"format": "kefu-benchmark-backup", ');
    expect(error).toMatch(/^\(root\): not a valid JSON file: /);
    expect(zh[0]).toMatch(/^不是有效的 JSON 文件/);
  });

  it.each([
    ['an array', []],
    ['another format tag', { format: 'other-backup', version: 1 }],
    ['no format tag', { version: 1, values: [] }],
  ])('refuses %s with one line', (_name, json) => {
    const { error, paths } = refusal(json);
    expect(error).toBe('format: not a kefu-benchmark backup (format must be "kefu-benchmark-backup")');
    expect(paths).toEqual(['format']);
  });

  it('refuses unknown backup versions and newer database layouts', async () => {
    const b = await validBackup();
    expect(refusal({ ...b, version: 3 }).error).toBe('version: unsupported backup version 3');
    expect(refusal({ ...b, version: '2' }).error).toBe('version: unsupported backup version "2"');
    expect(refusal({ ...b, schemaVersion: 99 }).error).toContain('schemaVersion: backup comes from a newer extension');
  });

  it.each([
    ['a bad date', (b: Backup) => (b.values[3]!.periodStart = '2026-11-31'), 'values[3].periodStart: invalid ISO date "2026-11-31"'],
    ['an unknown metric', (b: Backup) => (b.values[0]!.metric = 'reply_ratio'), 'values[0].metric: unknown metric id "reply_ratio"'],
    ['a number as text', (b: Backup) => ((b.values[1] as { value: unknown }).value = '96.1'), 'values[1].value: expected number, received string'],
    ['a missing field', (b: Backup) => delete (b.captures[0] as Partial<Backup['captures'][0]>).capturedAt, 'captures[0].capturedAt: expected string, received undefined'],
    ['an id that does not match its fields', (b: Backup) => (b.values[2]!.label = '别人'), 'values[2].id: id does not match'],
    ['a value pointing at no capture', (b: Backup) => (b.values[0]!.captureId = 42), 'values[0].captureId: capture 42 is not in captures'],
    ['a duplicate site', (b: Backup) => b.sites.push({ ...b.sites[0]! }), 'sites[2]: duplicate key'],
    ['a bad row kind', (b: Backup) => ((b.values[0] as { rowKind: string }).rowKind = 'boss'), 'values[0].rowKind'],
    ['an extra field', (b: Backup) => ((b.snapshots[0] as Record<string, unknown>).note = 'x'), 'snapshots[0]: unknown fields: note'],
    ['a wrong table type', (b: Backup) => ((b as Record<string, unknown>).sites = {}), 'sites: expected array, received object'],
    ['a scheme with worst = best', (b: Backup) => (b.schemes[0]!.versions[1]!.metrics[1]!.best = 90), 'schemes[0].versions[1].metrics[1].best: worst and best must differ'],
    ['a scheme for an unknown role', (b: Backup) => ((b.schemes[0] as { role: string }).role = 'manager'), 'schemes[0].role: expected one of: "presale", "aftersale"'],
    ['two schemes for one role', (b: Backup) => b.schemes.push(structuredClone(b.schemes[0]!)), 'schemes[1]: duplicate key "presale"'],
    ['a second "me"', (b: Backup) => (b.agents[1]!.isMe = true), 'agents[1].isMe: only one agent can be marked as me'],
    ['an alias that is another agent', (b: Backup) => b.agents[1]!.aliases.push('旗舰店:小美'), 'agents[1].aliases[0]: alias "旗舰店:小美" is another agent\'s key'],
    ['a profile under another agent\'s alias', (b: Backup) => (b.agents[1]!.key = '旗舰店:小美美'), 'agents[1].key: "旗舰店:小美美" is already an alias of "旗舰店:小美"'],
    ['an unknown pref', (b: Backup) => b.prefs.push({ key: 'theme', value: 'dark' }), 'prefs[1].key: unknown setting "theme"'],
    ['a bad pref value', (b: Backup) => ((b.prefs[0]!.value as { expanded: unknown }).expanded = 'yes'), 'prefs[0].value.expanded: expected boolean, received string'],
  ])('names the path of %s', async (_name, edit, expected) => {
    const b = await validBackup();
    edit(b);
    expect(refusal(b).error).toContain(expected);
  });

  it('leaves stored data unchanged when a backup is refused', async () => {
    const d = db();
    await seed(d);
    await seedSettings(d);
    const before = await dump(d);
    const b = await validBackup();
    b.values[5]!.metric = 'reply_ratio';
    b.sites = [];
    const parsed = parseBackupText(JSON.stringify(b));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) await importBackup(d, parsed.backup, { mode: 'replace' });
    expect(await dump(d)).toEqual(before);
  });

  it('refuses a bad scheme with a clear message in both languages and changes nothing', async () => {
    const d = db();
    await seed(d);
    await seedSettings(d);
    const before = await dump(d);
    const b = await validBackup();
    b.schemes[0]!.versions[1]!.effectiveFrom = '2019-06-01'; // before the first version
    b.schemes[0]!.name = '售前考核 新';
    const result = parseBackupText(JSON.stringify(b));
    if (result.ok) throw new Error('expected the backup to be refused');
    expect(result.issues.map(worded)).toEqual([
      { path: 'schemes[0].versions[1].effectiveFrom', messageEn: 'versions must have increasing effective-from dates', messageZh: '各版本的生效日期必须递增且不重复' },
    ]);
    expect(await dump(d)).toEqual(before);
  });

  it('gives zh-CN messages for zod issues too', async () => {
    const b = await validBackup();
    (b.values[1] as { value: unknown }).value = '96.1';
    expect(refusal(b).zh[0]).toBe('应为 number，实际为 string');
    // Issues of a pref's own schema too, moved under its record.
    const c = await validBackup();
    (c.prefs[0]!.value as { expanded: unknown }).expanded = 'yes';
    const { paths, zh } = refusal(c);
    expect(paths).toEqual(['prefs[0].value.expanded']);
    expect(zh[0]).toBe('应为 boolean，实际为 string');
  });
});
