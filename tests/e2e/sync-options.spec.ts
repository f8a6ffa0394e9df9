import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { optionsPagePerTest } from './support/options-session';

// Options › 团队同步 in the built extension: off by default, a bad address says why, and with sync off
// the extension makes no request at all (optionsPagePerTest's network guard fails the test otherwise).

const start = optionsPagePerTest();

/** The extension APIs these checks use, as the options page sees them (casts only; erased before evaluate runs). */
interface Ext {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  alarms: { getAll(): Promise<unknown[]> };
}
const storageLocal = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: Ext }).chrome.storage.local.get(null));
const alarms = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: Ext }).chrome.alarms.getAll());
const storeLocal = (page: Page, items: object) => page.evaluate((all) => (globalThis as unknown as { chrome: Ext }).chrome.storage.local.set(all), items);

test('the section is off by default, a bad address gets its message, and nothing is stored or scheduled', async () => {
  const page = await start();
  const section = page.getByTestId('sync-section');
  await expect(section).toHaveAttribute('data-enabled', 'false');
  await expect(page.getByTestId('sync-enabled')).not.toBeChecked();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'off');
  await expect(page.getByTestId('sync-now')).toBeDisabled();
  await expect(page.locator('.options-nav a[href="#sync-title"]')).toHaveText('团队同步');

  await page.getByTestId('sync-url').fill('https://couch.example.com/kefu');
  await page.getByTestId('sync-url').blur();
  await expect(page.getByTestId('sync-url-problem')).toHaveText('地址只填协议、域名和端口，不要带路径或参数（如 /kefu 或 ?a=1）。');
  await page.getByTestId('sync-url').fill('couch.example.com');
  await page.getByTestId('sync-enabled').click();
  await expect(page.getByTestId('sync-url-problem')).toHaveText('地址要以 https:// 或 http:// 开头。');
  await expect(page.getByTestId('sync-enabled')).not.toBeChecked();

  // Refused before any permission prompt: nothing stored, no alarm, and (checked after the test) no request.
  expect(await storageLocal(page)).toEqual({});
  expect(await alarms(page)).toEqual([]);
});

// Screenshots for review: SHOTS_DIR=screenshots (skipped otherwise, as in CI).
test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS_DIR, 'SHOTS_DIR not set');
  test('team sync section, zh', async () => {
    const dir = process.env.SHOTS_DIR!;
    mkdirSync(dir, { recursive: true });
    const page = await start();
    await page.setViewportSize({ width: 1200, height: 3000 });
    const csv = ['period_start,period_end,agent,metric,value', '2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1', '2026-11-20,2026-11-20,专卖店:阿珍,reply_rate,99'].join('\n');
    await page.getByTestId('import-file').setInputFiles({ name: 'kefu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(page.getByTestId('import-result')).toHaveAttribute('data-status', 'ok');
    await page.getByTestId('sync-url').fill('https://admin:pw@couch.example.com:6984');
    await page.getByTestId('sync-url').blur();
    await page.getByTestId('sync-username').fill('店长');
    await page.locator('[data-testid="sync-shop"][data-shop="旗舰店"] input').check();
    await page.locator('#sync').screenshot({ path: path.join(dir, 'options-sync-off-zh.png') });

    // Switched on as a manager without a password stored: the background's pass ends at once with
    // no_password (no request: nothing to log in with).
    await storeLocal(page, { syncSettings: { enabled: true, serverUrl: 'https://couch.example.com:6984', username: '店长', role: 'manager', shops: ['旗舰店'] } });
    await expect.poll(async () => JSON.stringify((await storageLocal(page)).syncStatus ?? null)).toContain('"code":"no_password"');
    // Then a status as the real engine would leave it: the last pass refused for one shop, one conflict kept.
    await storeLocal(page, {
        syncStatus: {
          state: 'error',
          lastSuccessAt: '2026-12-01T08:00:00.000Z',
          lastPass: {
            at: '2026-12-01T09:15:00.000Z',
            pushed: 0,
            pulled: 12,
            pending: 3,
            problem: { code: 'forbidden', shop: '旗舰店', detail: '403 forbidden' },
            conflicts: [{ id: 'scheme:presale', kind: 'scheme', lostEditAt: '2026-12-01T08:30:00.000Z', lost: { name: '售前方案（王主管）' } }],
          },
        },
      });
    // No reload: a reload asks for a pass (the surface opened), which would write no_password again.
    await expect(page.getByTestId('sync-section')).toHaveAttribute('data-enabled', 'true');
    await expect(page.getByTestId('sync-problem')).toHaveAttribute('data-code', 'forbidden');
    await expect(page.getByTestId('sync-conflict')).toHaveAttribute('data-id', 'scheme:presale');
    await page.locator('#sync').screenshot({ path: path.join(dir, 'options-sync-on-zh.png') });

    // An agent's browser: the scheme is the manager's, read-only.
    await storeLocal(page, { syncSettings: { enabled: true, serverUrl: 'https://couch.example.com:6984', username: '小美', role: 'agent', shops: ['旗舰店'] } });
    await expect(page.getByTestId('managed-banner').first()).toBeVisible();
    await expect(page.locator('[data-testid="scheme-metric-row"][data-metric="reply_rate"] input[name="target"]')).toBeDisabled();
    await expect(page.getByTestId('scheme-save')).toHaveCount(0);
    await page.locator('#scheme').screenshot({ path: path.join(dir, 'options-sync-agent-scheme-zh.png') });
    // Back to off before the browser closes, so no pass is asked for again.
    await page.evaluate(() => (globalThis as unknown as { chrome: Ext }).chrome.storage.local.remove('syncSettings'));
  });
});
