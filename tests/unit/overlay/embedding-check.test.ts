import { describe, expect, test } from 'vitest';
import { CONSOLE_MATCHES } from '../../../lib/model/console-sites';
import { embeddingAllowed, topOriginOf } from '../../../lib/overlay/embedding-check';
import { originMatchesPattern } from '../../../lib/sites/origin-matches-pattern';

describe('originMatchesPattern', () => {
  test.each([
    ['https://sycm.taobao.com', 'https://sycm.taobao.com/*', true],
    ['https://kf.topchitu.com', 'https://*.topchitu.com/*', true],
    ['https://topchitu.com', 'https://*.topchitu.com/*', true],
    ['https://a.b.topchitu.com', 'https://*.topchitu.com/*', true],
    ['https://nottopchitu.com', 'https://*.topchitu.com/*', false],
    ['https://topchitu.com.evil.cn', 'https://*.topchitu.com/*', false],
    ['http://sycm.taobao.com', 'https://sycm.taobao.com/*', false],
    ['https://radar.example.com:8443', 'https://radar.example.com/*', true],
    ['http://intranet.shop.cn', '*://intranet.shop.cn/*', true],
    ['https://SYCM.TAOBAO.COM', 'https://sycm.taobao.com/*', true],
    ['not a url', 'https://sycm.taobao.com/*', false],
    ['https://sycm.taobao.com', 'garbage', false],
    ['https://sycm.taobao.com', 'ftp://sycm.taobao.com/*', false],
  ])('%s against %s → %s', (origin, pattern, expected) => {
    expect(originMatchesPattern(origin, pattern)).toBe(expected);
  });
});

describe('embeddingAllowed', () => {
  const patterns = [...CONSOLE_MATCHES, 'https://leida.example.cn/*'];
  test.each([
    ['a console host', 'https://sycm.taobao.com', true],
    ['a 天猫 seller host', 'https://shangjia.tmall.com', true],
    ['a site the user added', 'https://leida.example.cn', true],
    ['a site framing the page to read it', 'https://evil.example', false],
    ['a look-alike host', 'https://sycm.taobao.com.evil.example', false],
    ['a browser that does not tell (Firefox)', undefined, true],
  ])('%s', (_name, origin, expected) => {
    expect(embeddingAllowed(origin, patterns)).toBe(expected);
  });
});

describe('topOriginOf', () => {
  const list = (items: string[]) => ({ length: items.length, item: (i: number) => items[i] ?? null, contains: (s: string) => items.includes(s) }) as unknown as DOMStringList;
  test('the last ancestor is the top frame', () => {
    expect(topOriginOf({ ancestorOrigins: list(['https://qn.taobao.com', 'https://myseller.taobao.com']) } as unknown as Location)).toBe('https://myseller.taobao.com');
  });
  test('a top-level page or a browser without ancestorOrigins: undefined', () => {
    expect(topOriginOf({ ancestorOrigins: list([]) } as unknown as Location)).toBeUndefined();
    expect(topOriginOf({} as Location)).toBeUndefined();
  });
});
