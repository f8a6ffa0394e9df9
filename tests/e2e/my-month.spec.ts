import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { presetScheme } from '../../lib/analysis/scheme-presets';
import { routeConsoles } from '../fixtures/route-consoles';
import { SYCM_URL } from '../fixtures/scenarios/index';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { guardNetwork } from './support/network-guard';
import { openOptions, putStored } from './support/stored-data';

/**
 * "This month so far" for the agent (issue 12) in the popup and the on-page badge: two days of 小月's
 * November and one October day imported through the options page, today fixed at 2026-11-23 (in the
 * popup page and in the background, which computes the badge's data), a 售前 scheme paying 1 % of 销售额
 * scaled by the incentive score. SHOTS_DIR=… saves the popup block and the badge's next-grade line.
 */
const SHOTS = process.env.SHOTS_DIR;
const OVERLAY = 'iframe[data-testid="kefu-overlay"]';
/** Not an agent of any simulated console: the console page's own capture never adds to this month. */
const ME = '旗舰店:小月';
/** Local 10:00 on 2026-11-23: the month so far is 11-01 … 11-22 (22 days, T+1). */
const NOW = new Date(2026, 10, 23, 10, 0, 0);
const HOUR = 3600;

const UNITS: Record<string, string> = {
  consult_count: 'count', reception_count: 'count', inquiry_count: 'count', paid_count: 'count', reply_rate: 'percent',
  first_response_time: 'seconds', avg_response_time: 'seconds', inquiry_conversion_rate: 'percent', online_duration: 'duration', sales_amount: 'yuan',
};

/**
 * The days, as in tests/unit/standing/my-month-fixture.ts:
 *   11-01: 咨询 100, 接待 100, 回复率 99, 首响 10 s, 平均响应 20 s, 询单 50, 付款 30, 在线 8 h, 销售额 10,000
 *   11-02: 咨询 300, 接待 300, 回复率 98, 首响 14 s, 平均响应 24 s, 询单 150, 付款 75, 在线 7 h, 销售额 20,000
 * Month: 回复率 (9,900 + 29,400)/400 = 98.25 % → 82.5; 首响 5,200/400 = 13 s → 84.375; 平均响应 9,200/400 = 23 s
 * → 64; 转化率 105/200 = 52.5 % → 75; 在线 7.5 h → 75. Score (750 + 1,650 + 1,012.5 + 1,152 + 3,000)/100 =
 * 75.645: 铜牌. Commission 30,000 × 1 % × 75/100 = 225 yuan. 银牌 needs 435.5 weighted points: 转化率
 * +10.8875 points = +3.26625 pp, shown 3.3.
 * October: one day at every best (score 100, 金牌): the previous month, read but not shown here.
 */
const DAYS: Record<string, Record<string, number>> = {
  '2026-11-01': { consult_count: 100, reception_count: 100, reply_rate: 99, first_response_time: 10, avg_response_time: 20, inquiry_count: 50, paid_count: 30, inquiry_conversion_rate: 60, online_duration: 8 * HOUR, sales_amount: 10_000 },
  '2026-11-02': { consult_count: 300, reception_count: 300, reply_rate: 98, first_response_time: 14, avg_response_time: 24, inquiry_count: 150, paid_count: 75, inquiry_conversion_rate: 50, online_duration: 7 * HOUR, sales_amount: 20_000 },
  '2026-10-15': { online_duration: 8 * HOUR, reply_rate: 100, first_response_time: 8, avg_response_time: 5, inquiry_count: 100, paid_count: 60, inquiry_conversion_rate: 60 },
};

function historyCsv(): string {
  const header = 'period_start,period_end,agent,metric,value,unit,row_kind,source,console,captured_at,period_guessed';
  const lines = Object.entries(DAYS).flatMap(([day, values]) =>
    Object.entries(values).map(([metric, value]) =>
      [day, day, ME, metric, value, UNITS[metric], 'agent', 'sycm|https://sycm.taobao.com/qos/service/kefu_performance', 'sycm', `${day}T23:30:00.000Z`, 'false'].join(','),
    ),
  );
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

async function shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), ...(clip ? { clip } : { fullPage: true }) });
}

let session: ExtensionSession;
test.afterEach(async () => {
  await session?.close();
});

test('the popup and the badge show my month so far: score, grade, commission and the way to the next grade', async () => {
  session = await launchWithExtension();
  const network = await guardNetwork(session.context);
  await routeConsoles(session.context);
  // The background computes the badge's month: its clock says 2026-11-23 too (time still runs).
  await session.serviceWorker.evaluate((fixed) => {
    const Real = Date;
    const start = Real.now();
    class FixedDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fixed + (Real.now() - start));
        else super(...(args as [string]));
      }
      static override now(): number {
        return fixed + (Real.now() - start);
      }
    }
    globalThis.Date = FixedDate as DateConstructor;
  }, NOW.getTime());

  const options = await openOptions(session.context, session.extensionId);
  const scheme = presetScheme('presale');
  scheme.versions[0]!.commission = [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }];
  scheme.versions[0]!.commissionScaledByScore = true;
  await putStored(options, 'schemes', scheme);
  await putStored(options, 'agents', { key: ME, displayName: '小月', aliases: [], isMe: true, role: 'presale' });
  await options.getByTestId('import-file').setInputFiles({ name: 'my-month.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(), 'utf8') });
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-status', 'ok');

  // The popup.
  const popup = await session.context.newPage();
  await popup.clock.setFixedTime(NOW);
  await popup.setViewportSize({ width: 384, height: 720 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const block = popup.getByTestId('my-month');
  await expect(block).toHaveAttribute('data-month', '2026-11');
  await expect(block.getByTestId('my-month-range')).toHaveText('11-01 – 11-22 · 22 天 · 2 天有数据');
  await expect(block.getByTestId('my-month-score')).toHaveAttribute('data-value', '75.6');
  await expect(block.getByTestId('my-month-score')).toHaveText('76');
  await expect(block.getByTestId('my-month-grade')).toHaveAttribute('data-value', '铜牌');
  await expect(block.getByTestId('my-month-commission')).toHaveAttribute('data-value', '225');
  await expect(block.getByTestId('my-month-commission')).toHaveText('约 ¥225');
  await expect(block.getByTestId('my-month-next')).toContainText('询单转化率再提高 3.3 个百分点即可升银牌');
  // The "me" card above it judges the latest day (11-02).
  await expect(popup.getByTestId('popup-me')).toContainText('2026-11-02');
  await shot(popup, 'zh-light-popup-my-month');

  // The badge on a console page, expanded.
  const page = await session.context.newPage();
  await page.goto(SYCM_URL);
  await expect(page.locator(OVERLAY)).toBeVisible({ timeout: 15_000 });
  const frame = page.frameLocator(OVERLAY);
  await frame.getByTestId('overlay-badge').click();
  await expect(frame.getByTestId('overlay-card')).toHaveAttribute('data-state', 'expanded');
  const month = frame.getByTestId('my-month');
  await expect(month).toHaveAttribute('data-month', '2026-11');
  await expect(month.getByTestId('my-month-score')).toHaveAttribute('data-value', '75.6');
  await expect(month.getByTestId('my-month-grade')).toHaveAttribute('data-value', '铜牌');
  await expect(month.getByTestId('my-month-commission')).toHaveAttribute('data-value', '225');
  await expect(month.getByTestId('my-month-next')).toHaveText('询单转化率再提高 3.3 个百分点即可升银牌');
  // Readable at the badge's size: the next-grade line is not cut (its box fits in the frame).
  const line = (await month.getByTestId('my-month-next').boundingBox())!;
  const box = (await page.locator(OVERLAY).boundingBox())!;
  expect(line.x + line.width).toBeLessThanOrEqual(box.x + box.width);
  expect(line.y + line.height).toBeLessThanOrEqual(box.y + box.height);
  await page.waitForTimeout(300);
  await shot(page, 'zh-light-overlay-my-month', { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 });
  expect(network.foreign()).toEqual([]);
});
