import { describe, expect, test } from 'vitest';
import { checkSyncForm, type SyncForm } from '@/lib/sync/sync-form';
import { knownShops, parseShopName, withShop } from '@/lib/sync/sync-shops';

const form: SyncForm = { serverUrl: 'https://couch.example.com:6984/', username: ' 店长 ', password: 'pw', role: 'manager', shops: ['旗舰店'] };

describe('checkSyncForm', () => {
  test('a complete form gives the settings to store: the origin, a trimmed account, no password', () => {
    expect(checkSyncForm(form, false)).toEqual({
      ok: true,
      pattern: 'https://couch.example.com:6984/*',
      settings: { enabled: true, serverUrl: 'https://couch.example.com:6984', username: '店长', role: 'manager', shops: ['旗舰店'] },
    });
  });

  test('a stored password stands in for an empty field; none at all is a problem', () => {
    expect(checkSyncForm({ ...form, password: '' }, true).ok).toBe(true);
    expect(checkSyncForm({ ...form, password: '' }, false)).toEqual({ ok: false, problems: [{ field: 'password', reason: 'empty' }] });
  });

  test('every problem at once, each at its field', () => {
    expect(checkSyncForm({ serverUrl: 'https://u:p@couch.example.com', username: ' ', password: '', role: 'agent', shops: [] }, false)).toEqual({
      ok: false,
      problems: [
        { field: 'serverUrl', reason: 'credentials' },
        { field: 'username', reason: 'empty' },
        { field: 'password', reason: 'empty' },
        { field: 'shops', reason: 'empty' },
      ],
    });
  });
});

describe('shops', () => {
  test('the shops of agent keys, once each, benchmark rows and plain nicknames left out', () => {
    expect(knownShops(['旗舰店:小美', '旗舰店：阿珍', '专卖店:小王', '小李', '均值', ' 专卖店 : 阿强'])).toEqual(['旗舰店', '专卖店'].sort(new Intl.Collator('zh-CN').compare));
  });

  test('a typed shop is trimmed; empty, with a colon or too long is refused with its reason', () => {
    expect(parseShopName('  旗舰店 ')).toEqual({ ok: true, shop: '旗舰店' });
    expect(parseShopName(' ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseShopName('旗舰店:小美')).toEqual({ ok: false, reason: 'separator' });
    expect(parseShopName('x'.repeat(201))).toEqual({ ok: false, reason: 'long' });
    expect(withShop(['A'], 'A')).toEqual(['A']);
    expect(withShop(['A'], 'B')).toEqual(['A', 'B']);
  });
});
