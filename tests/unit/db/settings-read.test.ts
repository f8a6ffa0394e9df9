import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';
import type { KpiScheme } from '../../../lib/analysis/kpi-scheme';
import { PRESET_SCHEMES, presetScheme } from '../../../lib/analysis/scheme-presets';
import { readProfiles, readSchemes } from '../../../lib/db/settings-read';
import { loadProfiles, loadSchemes, saveProfile, saveScheme } from '../../../lib/db/settings-store';
import { freshDatabasesPerTest } from './make-capture';

const db = freshDatabasesPerTest();

/** The presale preset with a second version from 2026-12-01 asking 99% reply rate. */
function revised(): KpiScheme {
  const s = presetScheme('presale');
  const v1 = s.versions[0]!;
  const v2 = { ...v1, effectiveFrom: '2026-12-01', metrics: v1.metrics.map((m) => (m.metric === 'reply_rate' ? { ...m, target: 99 } : m)) };
  return { ...s, name: '售前考核 2026 冬', versions: [v1, v2] };
}

describe('readSchemes (the side panel, without zod)', () => {
  it('gives mutable presets while nothing is stored', async () => {
    const read = await readSchemes(db());
    expect(read).toEqual(PRESET_SCHEMES);
    expect(Object.isFrozen(read.presale)).toBe(false);
  });

  it('reads what saveScheme stored, as the validated loadSchemes does', async () => {
    const d = db();
    expect(await saveScheme(d, revised())).toEqual({ ok: true });
    const read = await readSchemes(d);
    expect(read.presale.name).toBe('售前考核 2026 冬');
    expect(read.presale.versions.map((v) => v.effectiveFrom)).toEqual(['2020-01-01', '2026-12-01']);
    expect(read).toEqual(await loadSchemes(d));
  });

  it('falls back to the preset for a record the views could not use', async () => {
    const d = db();
    await d.schemes.put({ ...presetScheme('aftersale'), versions: [] });
    const noGrades = presetScheme('presale') as unknown as { versions: Record<string, unknown>[] };
    delete noGrades.versions[0]!.grades;
    await d.schemes.put(noGrades as unknown as KpiScheme);
    expect(await readSchemes(d)).toEqual(PRESET_SCHEMES);
  });
});

describe('readProfiles (the side panel, without zod)', () => {
  const profile = (p: Partial<AgentProfile> & { key: string }): AgentProfile => ({ aliases: [], isMe: false, ...p });

  it('reads saved profiles sorted by key, as loadProfiles does', async () => {
    const d = db();
    await saveProfile(d, profile({ key: '旗舰店:阿强', role: 'aftersale' }));
    await saveProfile(d, profile({ key: '旗舰店:小美', displayName: '美美', role: 'presale', aliases: ['旗舰店:小美美'], isMe: true }));
    const read = await readProfiles(d);
    expect(read.map((p) => p.key)).toEqual(['旗舰店:小美', '旗舰店:阿强']);
    expect(read).toEqual(await loadProfiles(d));
  });

  it('leaves out records without a key, aliases or the "me" flag', async () => {
    const d = db();
    await d.agents.bulkPut([
      profile({ key: '旗舰店:小美' }),
      { key: '旗舰店:阿强', isMe: false } as unknown as AgentProfile,
      { key: '旗舰店:小李', aliases: [] } as unknown as AgentProfile,
    ]);
    expect((await readProfiles(d)).map((p) => p.key)).toEqual(['旗舰店:小美']);
  });
});
