import { describe, expect, test } from 'vitest';
import { writeCapture } from '../../../lib/db/write-capture';
import { captureIsFromPage, isCapturedSite, latestCaptureOfPage, pageKey } from '../../../lib/popup/page-capture';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';

const fresh = freshDatabasesPerTest();

describe('pageKey', () => {
  test.each([
    ['https://sycm.taobao.com/qos/service/kefu_performance?dateRange=2026-11-20|2026-11-26#top', 'https://sycm.taobao.com/qos/service/kefu_performance'],
    ['https://myseller.taobao.com/home.htm', 'https://myseller.taobao.com/home.htm'],
    ['http://intranet.shop.cn:8080/kpi/', 'http://intranet.shop.cn:8080/kpi/'],
    ['chrome://extensions/', null],
    ['chrome-extension://abc/popup.html', null],
    ['about:blank', null],
    [undefined, null],
    ['not a url', null],
  ])('%s → %s', (url, key) => {
    expect(pageKey(url)).toBe(key);
  });
});

describe('captureIsFromPage', () => {
  test('the page or a frame of it: 千牛 keeps its app in a qn.taobao.com frame under myseller.taobao.com', () => {
    const capture = { source: { console: 'qianniu' as const, pageUrl: 'https://myseller.taobao.com/home.htm?spm=a1', frameUrl: 'https://qn.taobao.com/app/kefu/compare.html', tableKey: 'k' } };
    expect(captureIsFromPage(capture, 'https://myseller.taobao.com/home.htm')).toBe(true);
    expect(captureIsFromPage(capture, 'https://qn.taobao.com/app/kefu/compare.html')).toBe(true);
    expect(captureIsFromPage(capture, 'https://myseller.taobao.com/other.htm')).toBe(false);
  });
});

describe('latestCaptureOfPage', () => {
  test('the newest capture of the page, not of another page, not a CSV import', async () => {
    const db = fresh();
    const perf = 'https://sycm.taobao.com/qos/service/kefu_performance';
    const sales = 'https://sycm.taobao.com/qos/service/kefu_sales';
    await writeCapture(db, makeCapture({ source: { pageUrl: `${perf}?d=25`, frameUrl: `${perf}?d=25` }, period: { start: '2026-11-25', end: '2026-11-25' } }), new Date('2026-11-26T01:00:00Z'));
    const { captureId } = await writeCapture(db, makeCapture({ source: { pageUrl: `${perf}?d=26`, frameUrl: `${perf}?d=26` }, period: { start: '2026-11-26', end: '2026-11-26' } }), new Date('2026-11-27T01:00:00Z'));
    await writeCapture(db, makeCapture({ source: { pageUrl: sales, frameUrl: sales, tableKey: 'sales' } }), new Date('2026-11-27T02:00:00Z'));
    const found = await latestCaptureOfPage(db, `${perf}?dateType=day`);
    expect(found?.id).toBe(captureId);
    expect(found?.period).toMatchObject({ start: '2026-11-26', end: '2026-11-26' });
    expect(found?.agentCount).toBe(2);
    expect(await latestCaptureOfPage(db, 'https://kf.jd.com/report')).toBeNull();
    expect(await latestCaptureOfPage(db, 'chrome://newtab/')).toBeNull();
  });
});

describe('isCapturedSite', () => {
  test.each([
    ['https://sycm.taobao.com/x', [], true],
    ['https://kf.topchitu.com/kpi/report.html', [], true],
    ['https://leida.example.cn/report', [], false],
    ['https://leida.example.cn/report', ['https://leida.example.cn/*'], true],
    ['https://www.baidu.com/', ['https://leida.example.cn/*'], false],
    ['chrome://extensions', [], false],
  ])('%s with user sites %j → %s', (url, patterns, expected) => {
    expect(isCapturedSite(url, patterns)).toBe(expected);
  });
});
