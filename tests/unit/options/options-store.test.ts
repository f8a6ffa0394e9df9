import { worded } from '../support/words';
import { say } from '../../../lib/i18n/translate';
import { describe, expect, it } from 'vitest';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { writeCapture } from '../../../lib/db/write-capture';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { loadSchemes } from '../../../lib/db/settings-store';
import { draftFromScheme } from '../../../lib/options/scheme-draft';
import { addVersion, updateMetricRow, updateVersion } from '../../../lib/options/scheme-draft-edits';
import { saveSchemeDraft } from '../../../lib/options/save-scheme-draft';
import { saveAgentDraft } from '../../../lib/options/save-agent-draft';
import { recentMetricsByLabel } from '../../../lib/options/recent-metrics-by-label';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';

const newDb = freshDatabasesPerTest();

function presaleWithNewVersion(target: string, worst = '90') {
  const added = addVersion(draftFromScheme(presetScheme('presale')), '2026-11-01');
  if (!added.ok) throw new Error(added.reason);
  const row = added.draft.versions[1]!.metrics.find((m) => m.metric === 'reply_rate')!;
  return updateVersion(added.draft, 1, (v) => updateMetricRow(v, row.uid, { target, worst }));
}

describe('saveSchemeDraft', () => {
  it('stores both versions in canonical units', async () => {
    const db = newDb();
    expect(await saveSchemeDraft(db, presaleWithNewVersion('99'))).toEqual({ ok: true });
    const stored = await db.schemes.get('presale');
    const reply = stored!.versions.map((v) => v.metrics.find((m) => m.metric === 'reply_rate')!.target);
    expect(reply).toEqual([98, 99]);
    expect(stored!.versions[1]!.metrics.find((m) => m.metric === 'online_duration')!.target).toBe(28_800);
    expect((await loadSchemes(db)).presale).toEqual(stored);
  });

  it('stores nothing when the draft is invalid (worst = best, or not a number)', async () => {
    const db = newDb();
    const sameEnds = await saveSchemeDraft(db, presaleWithNewVersion('99', '100'));
    expect(sameEnds.ok ? [] : sameEnds.issues.map(worded)).toEqual([expect.objectContaining({ path: 'versions[1].metrics[1].best', messageZh: '最差值与最佳值不能相同' })]);
    const notNumber = await saveSchemeDraft(db, presaleWithNewVersion('九十九'));
    expect(notNumber.ok).toBe(false);
    expect(await db.schemes.count()).toBe(0);

    // An invalid edit after a good save leaves the good one in place.
    await saveSchemeDraft(db, presaleWithNewVersion('99'));
    const before = await db.schemes.get('presale');
    await saveSchemeDraft(db, presaleWithNewVersion('99', '100'));
    expect(await db.schemes.get('presale')).toEqual(before);
  });
});

describe('saveAgentDraft', () => {
  const others: AgentProfile[] = [
    { key: '旗舰店:小美02', displayName: '小美（新号）', role: 'presale', aliases: [], isMe: false },
    { key: '旗舰店:老王', aliases: ['旗舰店:老王旧号'], isMe: true },
  ];
  const seed = async () => {
    const db = newDb();
    await db.agents.bulkPut(others);
    return db;
  };
  const byKey = new Map(others.map((p) => [p.key, p]));

  it('merges an agent that had a profile: its profile goes, the alias stays, "me" moves', async () => {
    const db = await seed();
    const result = await saveAgentDraft(db, { key: '旗舰店:小美', displayName: '', role: 'presale', aliases: ['旗舰店:小美02'], isMe: true }, byKey);
    expect(result).toEqual({ ok: true });
    expect(await db.agents.orderBy('key').toArray()).toEqual([
      { key: '旗舰店:小美', role: 'presale', aliases: ['旗舰店:小美02'], isMe: true },
      { key: '旗舰店:老王', aliases: ['旗舰店:老王旧号'], isMe: false },
    ]);
  });

  it('changes nothing when the profile is refused (an alias that is already another agent\'s)', async () => {
    const db = await seed();
    const result = await saveAgentDraft(db, { key: '旗舰店:小美', displayName: '', role: '', aliases: ['旗舰店:小美02', '旗舰店:老王旧号'], isMe: false }, byKey);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => say(i.message))).toEqual(['别名“旗舰店:老王旧号”已是客服“旗舰店:老王”的别名']);
    expect(await db.agents.orderBy('key').toArray()).toEqual(others); // the absorbed profile is back
  });
});

describe('recentMetricsByLabel', () => {
  it('gives the metrics of each label\'s latest values', async () => {
    const db = newDb();
    await writeCapture(db, makeCapture(), new Date('2026-11-21T02:00:00Z'));
    await writeCapture(
      db,
      makeCapture({
        metrics: ['positive_review_rate', 'return_rate'],
        rows: [{ label: '旗舰店:阿珍', kind: 'agent', values: { positive_review_rate: 99.1, return_rate: null } }],
        source: { tableKey: 'after|positive_review_rate,return_rate' },
      }),
      new Date('2026-11-21T02:05:00Z'),
    );
    const got = await recentMetricsByLabel(db, ['旗舰店:小美', '旗舰店:阿珍', '没有的人']);
    expect(got.get('旗舰店:小美')).toEqual(new Set(['reply_rate', 'avg_response_time', 'inquiry_conversion_rate']));
    expect(got.get('旗舰店:阿珍')).toEqual(new Set(['positive_review_rate', 'return_rate']));
    expect(got.get('没有的人')).toEqual(new Set());
  });
});
