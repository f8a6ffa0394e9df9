import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { optionsPagePerTest } from './support/options-session';

// Options › 团队同步 for an agent of a shop where agents see only their own numbers: 只同步我自己的数据 shows for
// the agent role only, replaces the shop choice, and is stored (sync stays off: the network guard checks no request).

const start = optionsPagePerTest();

interface Ext {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
}
const storageLocal = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: Ext }).chrome.storage.local.get(null));

test('只同步我自己的数据: for agents only, no shop to choose, saved with the settings', async () => {
  const page = await start();
  const own = page.getByTestId('sync-own-database');
  await page.getByTestId('sync-role-manager').check();
  await expect(own).toHaveCount(0);
  await page.getByTestId('sync-role-agent').check();
  await expect(own).not.toBeChecked();
  await expect(page.getByTestId('sync-own-no-shops')).toHaveCount(0);
  await expect(page.getByTestId('sync-shops')).toBeVisible();

  await page.getByTestId('sync-url').fill('https://couch.example.com:6984');
  await page.getByTestId('sync-username').fill('xiaomei');
  await own.check();
  await expect(page.getByTestId('sync-own-no-shops')).toHaveText('不需要选择店铺：你的数据库里已有主管为你准备的全部数据。');
  await expect(page.locator('#sync-own-hint')).toContainText('只有你能读取');
  await expect(page.getByTestId('sync-shops')).toHaveCount(0);

  if (process.env.SHOTS_DIR) {
    mkdirSync(process.env.SHOTS_DIR, { recursive: true });
    await page.setViewportSize({ width: 1200, height: 2000 });
    await page.locator('#sync').screenshot({ path: path.join(process.env.SHOTS_DIR, 'options-sync-own-database-zh.png') });
  }

  await page.getByTestId('sync-save').click();
  await expect(page.getByTestId('sync-message')).toHaveAttribute('data-tone', 'ok');
  expect((await storageLocal(page)).syncSettings).toEqual({ enabled: false, serverUrl: 'https://couch.example.com:6984', username: 'xiaomei', role: 'agent', shops: [], ownDatabase: true });

  // Read back after a reload: still ticked; untick and the shops are back.
  await page.reload();
  await expect(own).toBeChecked();
  await own.uncheck();
  await expect(page.getByTestId('sync-own-no-shops')).toHaveCount(0);
  await expect(page.getByTestId('sync-shops')).toBeVisible();
  await page.getByTestId('sync-save').click();
  await expect.poll(async () => (await storageLocal(page)).syncSettings).toEqual({ enabled: false, serverUrl: 'https://couch.example.com:6984', username: 'xiaomei', role: 'agent', shops: [] });
});
