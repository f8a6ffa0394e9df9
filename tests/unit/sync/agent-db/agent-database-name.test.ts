import { describe, expect, it } from 'vitest';
import { agentDatabaseName, agentMappingId } from '../../../../lib/sync/agent-database';
import { shopDatabaseName } from '../../../../lib/sync/shop-database';
// @ts-expect-error the setup script is plain JavaScript
import { agentDatabaseName as scriptAgentName, parseOwnSpec, shopDatabaseName as scriptShopName } from '../../../../scripts/sync-setup.mjs';

const NAMES = ['amei', 'xiaomei.li', '阿美', '旗舰店', ' 二店 ', 'a', 'Zhang San', '客服-01', '🙂'];

describe('database names: the extension and the setup script agree', () => {
  it.each(NAMES)('%s', (name) => {
    expect(scriptAgentName(name)).toBe(agentDatabaseName(name));
    expect(scriptShopName(name)).toBe(shopDatabaseName(name));
  });

  it('an agent database is named kefu-agent- + lowercase base32, valid for CouchDB, distinct from the shop of the same name', () => {
    expect(agentDatabaseName('amei')).toBe('kefu-agent-mfwwk2i');
    expect(agentDatabaseName(' amei ')).toBe('kefu-agent-mfwwk2i');
    for (const name of NAMES) expect(agentDatabaseName(name)).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
    expect(agentDatabaseName('阿美')).not.toBe(shopDatabaseName('阿美'));
  });

  it('refuses an empty account and one too long for a CouchDB name', () => {
    expect(() => agentDatabaseName('  ')).toThrow('empty account name');
    expect(() => agentDatabaseName('长'.repeat(80))).toThrow('too long');
  });

  it('the mapping document id is agentdb: + the account', () => {
    expect(agentMappingId(' amei ')).toBe('agentdb:amei');
  });
});

describe('sync:setup --own ACCOUNT=店铺:昵称', () => {
  it('reads the account, the agent text and its shop', () => {
    expect(parseOwnSpec('amei=旗舰店:阿美')).toEqual({ account: 'amei', label: '旗舰店:阿美', shop: '旗舰店' });
    expect(parseOwnSpec(' amei = 旗舰店:阿美:二号 ')).toEqual({ account: 'amei', label: '旗舰店:阿美:二号', shop: '旗舰店' });
  });

  it.each(['amei', '=旗舰店:阿美', 'amei=阿美', 'amei=旗舰店:', 'amei=:阿美', ''])('refuses "%s" with the form it wants', (spec) => {
    expect(() => parseOwnSpec(spec)).toThrow(/--own wants ACCOUNT=店铺:昵称/);
  });
});
