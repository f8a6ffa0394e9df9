import { describe, expect, test } from 'vitest';
import { sitePattern } from '../../../lib/sites/site-pattern';
import { isTrustedCaptureSender } from '../../../lib/background/trusted-sender';

describe('sitePattern', () => {
  test.each([
    ['radar.example.com', 'https://radar.example.com/*'],
    ['https://kf.example.cn/report?id=1#x', 'https://kf.example.cn/*'],
    ['http://intranet.shop.cn:8080/kpi', 'http://intranet.shop.cn/*'],
    ['  *.leida.com ', 'https://*.leida.com/*'],
    ['HTTPS://KF.Example.COM', 'https://kf.example.com/*'],
  ])('%s → %s', (input, pattern) => {
    const result = sitePattern(input);
    expect(result.ok && result.pattern).toBe(pattern);
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.com', 'scheme'],
    ['javascript:alert(1)', 'invalid'],
    ['not a host', 'invalid'],
    ['localhostish', 'invalid'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(sitePattern(input)).toEqual({ ok: false, reason });
  });
});

describe('isTrustedCaptureSender', () => {
  const id = 'abcdefghijklmnop';
  test('accepts the own content script in a console frame, and in srcdoc/about:blank frames', () => {
    expect(isTrustedCaptureSender({ id, tab: {}, url: 'https://sycm.taobao.com/x' }, id)).toBe(true);
    expect(isTrustedCaptureSender({ id, tab: {}, url: 'about:srcdoc' }, id)).toBe(true);
  });
  test('refuses other extensions, extension pages, and senders without a tab', () => {
    expect(isTrustedCaptureSender({ id: 'other', tab: {}, url: 'https://sycm.taobao.com/x' }, id)).toBe(false);
    expect(isTrustedCaptureSender({ id, tab: {}, url: `chrome-extension://${id}/options.html` }, id)).toBe(false);
    expect(isTrustedCaptureSender({ id, url: 'https://sycm.taobao.com/x' }, id)).toBe(false);
    expect(isTrustedCaptureSender({ id, tab: {} }, id)).toBe(false);
  });
});
