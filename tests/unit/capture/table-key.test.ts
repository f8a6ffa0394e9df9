import { describe, expect, test } from 'vitest';
import { tableKey } from '../../../lib/capture/table-key';
import { consoleOfHost } from '../../../lib/model/console-sites';

describe('tableKey', () => {
  test('ignores the query (dates, page numbers) and metric order', () => {
    const a = tableKey('https://sycm.taobao.com/qos/service/kefu?dateRange=2026-11-20|2026-11-26&page=2', ['reply_rate', 'consult_count']);
    const b = tableKey('https://sycm.taobao.com/qos/service/kefu?dateRange=2026-11-19|2026-11-19', ['consult_count', 'reply_rate']);
    expect(a).toBe(b);
    expect(a).toMatch(/^https:\/\/sycm\.taobao\.com\/qos\/service\/kefu\|m2-[0-9a-f]{8}$/);
  });

  test('keeps the route of hash-routed apps, without its query', () => {
    expect(tableKey('https://myseller.taobao.com/home.htm#/kefu/compare?x=1', ['a', 'b'])).toMatch(/^https:\/\/myseller\.taobao\.com\/home\.htm#\/kefu\/compare\|m2-/);
    expect(tableKey('https://myseller.taobao.com/home.htm#anchor', ['a', 'b'])).toMatch(/^https:\/\/myseller\.taobao\.com\/home\.htm\|m2-/);
  });

  test('different metric sets are different tables; the key stays short for 30 metrics', () => {
    expect(tableKey('https://x.com/p', ['a', 'b'])).not.toBe(tableKey('https://x.com/p', ['a', 'c']));
    expect(tableKey('https://x.com/p', ['reply_rate', 'consult_count', 'inquiry_conversion_rate'])).not.toBe(tableKey('https://x.com/p', ['reply_rate', 'consult_count']));
    const thirty = Array.from({ length: 30 }, (_, i) => `metric_with_a_long_id_${i}`);
    expect(tableKey('https://sycm.taobao.com/qos/service/kefu', thirty).length).toBeLessThan(60);
  });
});

describe('consoleOfHost', () => {
  test.each([
    ['sycm.taobao.com', 'sycm'],
    ['myseller.taobao.com', 'qianniu'],
    ['qn.taobao.com', 'qianniu'],
    ['kf.topchitu.com', 'chitu'],
    ['topchitu.com', 'chitu'],
    ['zizhanghao.tmall.com', 'tmall'],
    ['mms.pinduoduo.com', 'pinduoduo'],
    ['kf.jd.com', 'jd'],
    ['radar.example.com', 'custom'],
    ['nottaobao.com', 'custom'],
    ['evil-jd.com', 'custom'],
  ])('%s → %s', (host, id) => expect(consoleOfHost(host)).toBe(id));
});
