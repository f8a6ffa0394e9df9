import { describe, expect, it } from 'vitest';
import { isAgentMappingId, parseAgentMapping } from '../../../../lib/sync/agent-mapping';

const SHOP = '旗舰店';
const doc = (over: Record<string, unknown> = {}) => ({ _id: 'agentdb:amei', _rev: '1-a', kind: 'agent-database', account: 'amei', labels: ['旗舰店:阿美'], ...over });

describe('parseAgentMapping', () => {
  it('reads the account, its texts (sorted, once each), the derived database and the revision', () => {
    expect(parseAgentMapping(doc({ labels: ['旗舰店:阿美2', '旗舰店:阿美', '旗舰店:阿美'] }), SHOP)).toEqual({
      ok: true,
      mapping: { account: 'amei', labels: ['旗舰店:阿美', '旗舰店:阿美2'], database: 'kefu-agent-mfwwk2i', rev: '1-a' },
    });
  });

  it('ignores a database named in the document: the name is always derived from the account', () => {
    const parsed = parseAgentMapping(doc({ database: 'kefu-shop-elsewhere' }), SHOP);
    expect(parsed.ok && parsed.mapping.database).toBe('kefu-agent-mfwwk2i');
  });

  it.each([
    ['another account under this id', doc({ account: 'abo' }), 'id does not match the account (expected agentdb:abo)'],
    ['a text of another shop', doc({ labels: ['二店:阿美'] }), '"二店:阿美" is not an agent of shop "旗舰店"'],
    ['a benchmark label', doc({ labels: ['均值'] }), '"均值" is not an agent of shop "旗舰店"'],
    ['no texts', doc({ labels: [] }), 'labels'],
    ['another kind', doc({ kind: 'values' }), 'kind'],
    ['no account', doc({ account: ' ' }), 'account'],
  ])('refuses %s, saying why', (_what, raw, reason) => {
    const parsed = parseAgentMapping(raw, SHOP);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.id).toBe('agentdb:amei');
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it('knows its ids', () => {
    expect(isAgentMappingId('agentdb:amei')).toBe(true);
    expect(isAgentMappingId('values:["a","b","2026-11"]')).toBe(false);
  });
});
