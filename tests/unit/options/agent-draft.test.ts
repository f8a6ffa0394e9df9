import { describe, expect, it } from 'vitest';
import { buildAgentDirectory } from '../../../lib/analysis/agent-directory';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';
import {
  agentDraft, agentMatches, draftChanged, mergeAgent, mergeCandidates, profileFromDraft, profilesAbsorbed, unmergeAlias,
} from '../../../lib/options/agent-draft';

const labels = ['旗舰店:小美', '旗舰店:小美02', '旗舰店:阿强', '旗舰店:老王', '均值', '同行同层均值'];
const profiles: AgentProfile[] = [
  { key: '旗舰店:阿强', displayName: '强哥', role: 'aftersale', aliases: [], isMe: true },
  { key: '旗舰店:老王', aliases: ['旗舰店:老王旧号'], isMe: false },
];
const byKey = new Map(profiles.map((p) => [p.key, p]));
const dir = buildAgentDirectory(labels, profiles);
const entry = (key: string) => dir.agents.find((a) => a.key === key)!;

describe('agent drafts', () => {
  it('starts from the profile, or empty for an agent nobody set up', () => {
    expect(agentDraft(entry('旗舰店:阿强'), byKey.get('旗舰店:阿强'))).toEqual({ key: '旗舰店:阿强', displayName: '强哥', role: 'aftersale', aliases: [], isMe: true });
    expect(agentDraft(entry('旗舰店:小美'), undefined)).toEqual({ key: '旗舰店:小美', displayName: '', role: '', aliases: [], isMe: false });
  });

  it('stores only what was said: no empty name, no role when unset', () => {
    expect(profileFromDraft({ key: '旗舰店:小美', displayName: '  ', role: '', aliases: [], isMe: true })).toEqual({ key: '旗舰店:小美', aliases: [], isMe: true });
    expect(profileFromDraft({ key: '旗舰店:小美', displayName: ' 小美 ', role: 'presale', aliases: ['旗舰店:小美02'], isMe: false })).toEqual({
      key: '旗舰店:小美', displayName: '小美', role: 'presale', aliases: ['旗舰店:小美02'], isMe: false,
    });
  });

  it('keeps the role a report file stated (roleHint) through an edit and a save', () => {
    const stored = { key: '旗舰店:小周', aliases: [], isMe: false, roleHint: 'aftersale' as const };
    const draft = agentDraft(entry('旗舰店:小周'), stored);
    expect(draft.roleHint).toBe('aftersale');
    expect(profileFromDraft({ ...draft, displayName: '小周', isMe: true })).toEqual({ key: '旗舰店:小周', displayName: '小周', aliases: [], isMe: true, roleHint: 'aftersale' });
  });

  it('offers the other agents for merging, but not itself, its aliases, or an agent with aliases of its own', () => {
    const d = agentDraft(entry('旗舰店:小美'), undefined);
    expect(mergeCandidates(d, dir.agents, byKey).map((a) => a.key).sort()).toEqual(['旗舰店:小美02', '旗舰店:阿强']);
    const merged = mergeAgent(d, entry('旗舰店:小美02'));
    expect(merged.aliases).toEqual(['旗舰店:小美02']);
    expect(mergeCandidates(merged, dir.agents, byKey).map((a) => a.key)).toEqual(['旗舰店:阿强']);
    expect(unmergeAlias(merged, '旗舰店:小美02').aliases).toEqual([]);
  });

  it('takes "me" and the profile to delete along when an agent with a profile is merged', () => {
    const d = mergeAgent(agentDraft(entry('旗舰店:小美'), undefined), entry('旗舰店:阿强'));
    expect(d).toMatchObject({ aliases: ['旗舰店:阿强'], isMe: true });
    expect(profilesAbsorbed(d, byKey)).toEqual(['旗舰店:阿强']);
  });

  it('knows when a row has unsaved changes', () => {
    const saved = agentDraft(entry('旗舰店:阿强'), byKey.get('旗舰店:阿强'));
    expect(draftChanged({ ...saved, displayName: '强哥 ' }, saved)).toBe(false);
    expect(draftChanged({ ...saved, role: 'presale' }, saved)).toBe(true);
    expect(draftChanged({ ...saved, aliases: ['x'] }, saved)).toBe(true);
    expect(draftChanged({ ...saved, isMe: false }, saved)).toBe(true);
  });

  it('finds agents by name, key, shop or alias', () => {
    expect(dir.agents.filter((a) => agentMatches(a, '强哥')).map((a) => a.key)).toEqual(['旗舰店:阿强']);
    expect(dir.agents.filter((a) => agentMatches(a, '旧号')).map((a) => a.key)).toEqual(['旗舰店:老王']);
    expect(dir.agents.filter((a) => agentMatches(a, '旗舰店')).length).toBe(4);
    expect(dir.agents.filter((a) => agentMatches(a, '  ')).length).toBe(4);
  });
});
