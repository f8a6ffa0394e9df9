import { describe, expect, it } from 'vitest';
import { mirrorName } from '../../../lib/sync/run-sync-pass';

// PouchDB's parseAdapter: a database name matching this is taken as `adapter://rest` (http: a remote URL).
const POUCH_ADAPTER_PREFIX = /([a-z-]*):\/\/(.*)/;

describe('mirrorName', () => {
  const cases = [
    { serverUrl: 'https://couch.example.com:6984', username: '店长' },
    { serverUrl: 'http://127.0.0.1:5984/', username: 'a://b' },
  ];
  it.each(cases)('is a local name for PouchDB, whatever the server and account ($serverUrl, $username)', (settings) => {
    const name = mirrorName(settings, '旗舰店');
    expect(name).not.toMatch(POUCH_ADAPTER_PREFIX);
    expect(name.startsWith('kefu-sync-mirror|')).toBe(true);
  });

  it('differs per server, account and shop, and ignores a trailing slash', () => {
    const base = { serverUrl: 'https://couch.example.com:6984', username: 'boss' };
    const names = new Set([mirrorName(base, 'A'), mirrorName({ ...base, username: 'amei' }, 'A'), mirrorName({ ...base, serverUrl: 'https://other.example.com' }, 'A'), mirrorName(base, 'B')]);
    expect(names.size).toBe(4);
    expect(mirrorName({ ...base, serverUrl: 'https://couch.example.com:6984/' }, 'A')).toBe(mirrorName(base, 'A'));
  });
});
