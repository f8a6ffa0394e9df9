import { describe, expect, it } from 'vitest';
import { buildAgentDirectory } from '../../../lib/analysis/agent-directory';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';

const LABELS = ['旗舰店:小美', '旗舰店:阿强', '旗舰店:小美美', '均值', '汇总', '同行同层优秀', '旗舰店：张三', '王五', '专卖店:阿强'];

const PRESALE = ['inquiry_conversion_rate', 'sales_amount', 'reply_rate'];
const AFTERSALE = ['return_rate', 'positive_review_rate', 'reply_rate'];

function profile(p: Partial<AgentProfile> & { key: string }): AgentProfile {
  return { aliases: [], isMe: false, ...p };
}

describe('buildAgentDirectory', () => {
  it('lists agents only, named by nickname, in Chinese (pinyin) order', () => {
    const dir = buildAgentDirectory(LABELS, []);
    expect(dir.agents.map((a) => [a.key, a.name])).toEqual([
      ['旗舰店:阿强', '阿强'], // ā; same name: by key, 旗 (qí) before 专 (zhuān)
      ['专卖店:阿强', '阿强'],
      ['王五', '王五'], // w
      ['旗舰店:小美', '小美'], // x
      ['旗舰店:小美美', '小美美'],
      ['旗舰店：张三', '张三'], // z; full-width colon
    ]);
    expect(dir.agentOf('均值')).toBeUndefined();
    expect(dir.agentOf('汇总')).toBeUndefined();
    expect(dir.agentOf('不存在')).toBeUndefined();
    expect(dir.me).toBeUndefined();
    expect(dir.agents.every((a) => a.role === null && !a.roleGuessed && !a.isMe)).toBe(true);
  });

  it('folds aliases into their profile, keeps never-captured profiles, and marks me', () => {
    const dir = buildAgentDirectory(LABELS, [
      profile({ key: '旗舰店:小美', aliases: ['旗舰店:小美美', '旗舰店:小美2'], displayName: '美美', role: 'presale', isMe: true }),
      profile({ key: '旗舰店:新人', role: 'aftersale' }),
    ]);
    const mei = dir.agentOf('旗舰店:小美美');
    expect(mei).toBe(dir.agentOf('旗舰店:小美'));
    expect(mei).toBe(dir.agentOf('旗舰店:小美2'));
    expect(mei).toEqual({ key: '旗舰店:小美', labels: ['旗舰店:小美', '旗舰店:小美美', '旗舰店:小美2'], name: '美美', role: 'presale', roleGuessed: false, isMe: true });
    expect(dir.me).toBe(mei);
    expect(dir.agentOf('旗舰店:新人')).toMatchObject({ name: '新人', role: 'aftersale', labels: ['旗舰店:新人'] });
    expect(dir.agents.map((a) => a.name)).toEqual(['阿强', '阿强', '美美', '王五', '新人', '张三']);
  });

  it('guesses the role from the metrics of all the texts of an agent, the profile role first', () => {
    const metrics = new Map<string, string[]>([
      ['旗舰店:小美', ['reply_rate']],
      ['旗舰店:小美美', PRESALE],
      ['旗舰店:阿强', AFTERSALE],
      ['王五', AFTERSALE],
      ['旗舰店：张三', ['reply_rate', 'avg_response_time']],
    ]);
    const dir = buildAgentDirectory(LABELS, [profile({ key: '旗舰店:小美', aliases: ['旗舰店:小美美'] }), profile({ key: '王五', role: 'presale' })], metrics);
    expect(dir.agentOf('旗舰店:小美')).toMatchObject({ role: 'presale', roleGuessed: true });
    expect(dir.agentOf('旗舰店:阿强')).toMatchObject({ role: 'aftersale', roleGuessed: true });
    expect(dir.agentOf('王五')).toMatchObject({ role: 'presale', roleGuessed: false });
    expect(dir.agentOf('旗舰店：张三')).toMatchObject({ role: null, roleGuessed: false });
    expect(dir.agentOf('专卖店:阿强')).toMatchObject({ role: null, roleGuessed: false });
  });

  it('never lets an alias steal another profile’s key, and keeps one me', () => {
    const dir = buildAgentDirectory(LABELS, [
      profile({ key: '旗舰店:小美', aliases: ['旗舰店:阿强'], isMe: true }),
      profile({ key: '旗舰店:阿强', isMe: true }),
    ]);
    expect(dir.agentOf('旗舰店:阿强')!.key).toBe('旗舰店:阿强');
    expect(dir.agentOf('旗舰店:小美')!.labels).toEqual(['旗舰店:小美']);
    expect(dir.agents.filter((a) => a.isMe)).toHaveLength(1);
    expect(dir.me?.key).toBe('旗舰店:小美');
  });

  it('uses the whole text as name when the nickname part is empty', () => {
    expect(buildAgentDirectory(['旗舰店:'], []).agents[0]!.name).toBe('旗舰店:');
  });
});
