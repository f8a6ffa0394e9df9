import { worded } from '../support/words';
import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';
import type { KpiScheme } from '../../../lib/analysis/kpi-scheme';
import { PRESET_SCHEMES, presetScheme } from '../../../lib/analysis/scheme-presets';
import {
  deleteProfile,
  loadProfiles,
  loadSchemes,
  profileConflicts,
  resetScheme,
  saveProfile,
  saveScheme,
  type SaveSettingResult,
} from '../../../lib/db/settings-store';
import { freshDatabasesPerTest } from './make-capture';

const db = freshDatabasesPerTest();

/** The preset with a newer version from 2026-12-01 asking 99% reply rate, put FIRST (as a form may). */
function revised(): KpiScheme {
  const s = presetScheme('presale');
  const v1 = s.versions[0]!;
  const v2 = { ...v1, effectiveFrom: '2026-12-01', metrics: v1.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 99 } : m)) };
  return { ...s, name: '售前考核 2026 冬', versions: [v2, v1] };
}

function issuesOf(result: SaveSettingResult) {
  if (result.ok) throw new Error('expected the save to be refused');
  return result.issues.map(worded);
}

function profile(p: Partial<AgentProfile> & { key: string }): AgentProfile {
  return { aliases: [], isMe: false, ...p };
}

describe('KPI schemes', () => {
  it('loads the presets until a scheme is saved, and again after a reset', async () => {
    const d = db();
    expect(await loadSchemes(d)).toEqual(PRESET_SCHEMES);

    expect(await saveScheme(d, revised())).toEqual({ ok: true });
    const loaded = await loadSchemes(d);
    expect(loaded.presale.name).toBe('售前考核 2026 冬');
    // Stored oldest first.
    expect(loaded.presale.versions.map((v) => v.effectiveFrom)).toEqual(['2020-01-01', '2026-12-01']);
    expect(loaded.presale.versions[1]!.metrics.find((m) => m.metric === 'reply_rate')!.target).toBe(99);
    expect(loaded.aftersale).toEqual(PRESET_SCHEMES.aftersale);

    await resetScheme(d, 'presale');
    expect(await loadSchemes(d)).toEqual(PRESET_SCHEMES);
  });

  it('returns a mutable copy of the preset, never the frozen one', async () => {
    const loaded = await loadSchemes(db());
    expect(Object.isFrozen(loaded.presale)).toBe(false);
    loaded.presale.versions[0]!.metrics[0]!.target = 1;
    expect(PRESET_SCHEMES.presale.versions[0]!.metrics[0]!.target).not.toBe(1);
  });

  it('refuses a broken scheme with clear zh-CN and English issues, storing nothing', async () => {
    const d = db();
    const s = revised();
    s.versions[1]!.metrics[1] = { ...s.versions[1]!.metrics[1]!, worst: 95, best: 95 };
    s.versions[0]!.metrics[0] = { ...s.versions[0]!.metrics[0]!, metric: 'reply_ratio' };
    s.name = '';
    const issues = issuesOf(await saveScheme(d, s));
    // Paths are those of the sorted scheme: the 2020 version is versions[0].
    expect(issues.map((i) => [i.path, i.messageZh, i.messageEn])).toEqual(
      expect.arrayContaining([
        ['versions[0].metrics[1].best', '最差值与最佳值不能相同', 'worst and best must differ'],
        ['versions[1].metrics[0].metric', '未知指标 "reply_ratio"', 'unknown metric id "reply_ratio"'],
        ['name', '至少 1 个字符', 'at least 1 characters'],
      ]),
    );
    expect(await d.schemes.count()).toBe(0);
  });

  it('refuses two versions on one day', async () => {
    const s = revised();
    s.versions[0]!.effectiveFrom = '2020-01-01';
    const issues = issuesOf(await saveScheme(db(), s));
    expect(issues).toEqual([{ path: 'versions[1].effectiveFrom', messageEn: 'versions must have increasing effective-from dates', messageZh: '各版本的生效日期必须递增且不重复' }]);
  });

  it('falls back to the preset for a stored record that no longer fits', async () => {
    const d = db();
    await d.schemes.put({ ...presetScheme('aftersale'), versions: [] });
    const older = presetScheme('presale');
    (older.versions[0]!.metrics[0] as Record<string, unknown>).cap = 100; // a field this version does not know
    await d.schemes.put(older);
    expect(await loadSchemes(d)).toEqual(PRESET_SCHEMES);
  });
});

describe('agent profiles', () => {
  it('saves, loads sorted by key, and deletes', async () => {
    const d = db();
    expect(await saveProfile(d, profile({ key: '旗舰店:小美', displayName: '美美', role: 'presale', aliases: ['旗舰店:小美美', '旗舰店:小美美'] }))).toEqual({ ok: true });
    expect(await saveProfile(d, profile({ key: '旗舰店:阿强', displayName: '  ', role: 'aftersale' }))).toEqual({ ok: true });
    expect(await loadProfiles(d)).toEqual([
      { key: '旗舰店:小美', displayName: '美美', role: 'presale', aliases: ['旗舰店:小美美'], isMe: false },
      { key: '旗舰店:阿强', role: 'aftersale', aliases: [], isMe: false }, // a blank display name is dropped
    ]);
    await deleteProfile(d, '旗舰店:小美');
    expect((await loadProfiles(d)).map((p) => p.key)).toEqual(['旗舰店:阿强']);
  });

  it('keeps at most one "me": marking one unmarks the others', async () => {
    const d = db();
    await saveProfile(d, profile({ key: '旗舰店:小美', isMe: true }));
    await saveProfile(d, profile({ key: '旗舰店:阿强', isMe: true }));
    expect((await loadProfiles(d)).map((p) => [p.key, p.isMe])).toEqual([
      ['旗舰店:小美', false],
      ['旗舰店:阿强', true],
    ]);
    // Saving another profile without isMe leaves "me" alone.
    await saveProfile(d, profile({ key: '王五' }));
    expect((await loadProfiles(d)).filter((p) => p.isMe).map((p) => p.key)).toEqual(['旗舰店:阿强']);
  });

  it.each([
    ['its own key as alias', profile({ key: '旗舰店:小美', aliases: ['旗舰店:小美'] }), 'aliases[0]', 'alias "旗舰店:小美" is the agent\'s own key', '别名“旗舰店:小美”就是该客服自己的账号'],
    ['another agent’s key as alias', profile({ key: '旗舰店:小美', aliases: ['旗舰店:小美2', '旗舰店:阿强'] }), 'aliases[1]', 'alias "旗舰店:阿强" is another agent\'s key and cannot be an alias', '别名“旗舰店:阿强”是另一位客服的账号，不能作为别名'],
    ['another agent’s alias', profile({ key: '旗舰店:小美', aliases: ['旗舰店:强哥'] }), 'aliases[0]', 'alias "旗舰店:强哥" is already an alias of "旗舰店:阿强"', '别名“旗舰店:强哥”已是客服“旗舰店:阿强”的别名'],
    ['a key that is another agent’s alias', profile({ key: '旗舰店:强哥' }), 'key', '"旗舰店:强哥" is already an alias of "旗舰店:阿强"; edit that agent instead', '“旗舰店:强哥”已是客服“旗舰店:阿强”的别名，请在该客服下设置'],
  ])('refuses %s, storing nothing', async (_name, p, path, en, zh) => {
    const d = db();
    await saveProfile(d, profile({ key: '旗舰店:阿强', aliases: ['旗舰店:强哥'], isMe: true }));
    const before = await loadProfiles(d);
    expect(issuesOf(await saveProfile(d, { ...p, isMe: true }))).toEqual([{ path, messageEn: en, messageZh: zh }]);
    expect(await loadProfiles(d)).toEqual(before); // "me" was not moved either
  });

  it('lets a profile keep its own aliases when saved again', async () => {
    const d = db();
    await saveProfile(d, profile({ key: '旗舰店:阿强', aliases: ['旗舰店:强哥'] }));
    expect(await saveProfile(d, profile({ key: '旗舰店:阿强', aliases: ['旗舰店:强哥', '旗舰店:老强'], role: 'aftersale' }))).toEqual({ ok: true });
    expect((await loadProfiles(d))[0]!.aliases).toEqual(['旗舰店:强哥', '旗舰店:老强']);
  });

  it('refuses a malformed profile with zod issues in both languages', async () => {
    const issues = issuesOf(await saveProfile(db(), { key: ' 旗舰店:小美', aliases: [], isMe: false, role: 'manager' } as unknown as AgentProfile));
    expect(issues.map((i) => i.path)).toEqual(['key', 'role']);
    expect(issues[0]!.messageZh).toContain('首尾有空白');
    expect(issues[1]!.messageEn).toMatch(/^expected one of: "presale", /);
  });

  it('leaves out stored records that no longer fit', async () => {
    const d = db();
    await d.agents.put(profile({ key: '旗舰店:小美' }));
    await d.agents.put({ key: '旗舰店:阿强', aliases: 'x', isMe: false } as unknown as AgentProfile);
    expect((await loadProfiles(d)).map((p) => p.key)).toEqual(['旗舰店:小美']);
  });

  it('profileConflicts ignores the profile’s own stored version', () => {
    const me = profile({ key: '旗舰店:阿强', aliases: ['旗舰店:强哥'] });
    expect(profileConflicts(me, [me])).toEqual([]);
  });
});
