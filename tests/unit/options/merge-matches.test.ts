import { describe, expect, it } from 'vitest';
import { buildAgentDirectory } from '../../../lib/analysis/agent-directory';
import { agentDraft, hasMergeCandidate, mergeCandidates } from '../../../lib/options/agent-draft';
import { MERGE_MATCHES_SHOWN, mergeMatches } from '../../../lib/options/merge-matches';

const team = Array.from({ length: 1000 }, (_, i) => `店铺${i % 10}:客服${String(i).padStart(4, '0')}`);
const dir = buildAgentDirectory(team, []);

describe('merge matches', () => {
  it('lists at most 50 of a large team and counts the rest', () => {
    const { shown, more } = mergeMatches(dir.agents, '');
    expect(MERGE_MATCHES_SHOWN).toBe(50);
    expect(shown).toHaveLength(50);
    expect(more).toBe(950);
    expect(shown.map((a) => a.key)).toEqual(dir.agents.slice(0, 50).map((a) => a.key));
  });

  it('narrows by what was typed (shop, nickname), case-insensitively; nothing left over means no "more"', () => {
    expect(mergeMatches(dir.agents, '店铺3').more).toBe(50); // 100 in that shop
    const one = mergeMatches(dir.agents, ' 客服0042 ');
    expect(one).toEqual({ shown: [expect.objectContaining({ key: '店铺2:客服0042' })], more: 0 });
    expect(mergeMatches(dir.agents, '老王')).toEqual({ shown: [], more: 0 });
    const latin = buildAgentDirectory(['shop:Alice', 'shop:bob'], []).agents;
    expect(mergeMatches(latin, 'ALI').shown.map((a) => a.key)).toEqual(['shop:Alice']);
  });

  it('honours a smaller limit', () => {
    expect(mergeMatches(dir.agents, '店铺1', null, 3)).toMatchObject({ more: 97 });
  });

  it("puts the row's own shop first, keeping list order within each part", () => {
    const { shown, more } = mergeMatches(dir.agents, '客服00', '店铺7');
    // 客服0000 … 客服0099 match: 店铺7's ten first, then the others in list order.
    expect(shown.slice(0, 11).map((a) => a.key)).toEqual([...Array.from({ length: 10 }, (_, i) => `店铺7:客服00${i}7`), '店铺0:客服0000']);
    expect(shown).toHaveLength(50);
    expect(more).toBe(50);
    // No shop (a key without one): plain list order.
    expect(mergeMatches(dir.agents, '客服00', null).shown[0]!.key).toBe('店铺0:客服0000');
  });

  it('hasMergeCandidate agrees with mergeCandidates', () => {
    const two = buildAgentDirectory(['a:x', 'a:y'], []);
    const x = agentDraft(two.agents[0]!, undefined);
    expect(hasMergeCandidate(x, two.agents, new Map())).toBe(true);
    const merged = { ...x, aliases: [two.agents[1]!.key] };
    expect(mergeCandidates(merged, two.agents, new Map())).toEqual([]);
    expect(hasMergeCandidate(merged, two.agents, new Map())).toBe(false);
  });
});
