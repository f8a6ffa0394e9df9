import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { guardNetwork } from './support/network-guard';
import { openOptions, storedRecords } from './support/stored-data';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/schema-versions';
import {
  PLAIN_TABLE,
  buildWithoutUnlimitedStorage,
  holdCaptureWrites,
  recordToasts,
  routePlainTable,
  stopServiceWorkers,
  storedCounts,
} from './support/staying-power';

// Staying power (issue 11): a worker that dies mid-write, two tabs at once, a full disk, an upgrade with a
// page open. Each test asserts what is stored, value by value or by count, not that something ran.

let session: ExtensionSession | undefined;
let network: { foreign: () => string[] };
let extraDir: string | undefined;

test.afterEach(async () => {
  const closing = session;
  session = undefined;
  await closing?.close();
  if (extraDir) rmSync(extraDir, { recursive: true, force: true });
  extraDir = undefined;
  expect(network.foreign(), 'requests to other hosts').toEqual([]);
});

async function start(agents: number, extensionDir?: string): Promise<{ s: ExtensionSession; options: Page }> {
  session = await launchWithExtension(extensionDir ? { extensionDir } : {});
  network = await guardNetwork(session.context);
  await routePlainTable(session.context, agents);
  return { s: session, options: await openOptions(session.context, session.extensionId) };
}

/** Every value of the plain table, once: label|metric → value, and how many captures each value names. */
async function expectTableStoredOnce(options: Page, agents: number): Promise<void> {
  const { values, captures } = await storedRecords(options);
  expect(values).toHaveLength(agents * PLAIN_TABLE.metrics);
  expect(new Set(values.map((v) => v.id)).size).toBe(values.length);
  expect(captures).toHaveLength(1);
  expect(new Set(values.map((v) => v.captureId))).toEqual(new Set([captures[0]!.id]));
  // A sample of exact values: the 7th agent's row as the page shows it.
  const seventh = Object.fromEntries(values.filter((v) => v.label === '旗舰店:客服007').map((v) => [v.metric, v.value]));
  expect(seventh).toEqual({ consult_count: 107, inquiry_conversion_rate: 33.5, avg_response_time: 17, reply_rate: 93.5 });
  expect(values.every((v) => v.periodStart === PLAIN_TABLE.day && v.periodEnd === PLAIN_TABLE.day && !v.periodGuessed)).toBe(true);
  expect(await storedCounts(options)).toEqual({ captures: 1, snapshots: 1, valueMonths: agents });
}

test('the worker stopped in the middle of a capture: the page resends, every value is stored exactly once', async () => {
  const agents = 30;
  const { s, options } = await start(agents);
  // The background's write will queue behind this transaction: the worker is stopped while it waits.
  const release = await holdCaptureWrites(options);
  const page = await s.context.newPage();
  const toasts = await recordToasts(page);
  await page.goto(PLAIN_TABLE.url);
  // Settles after 0.6 s, then sends; by 2.5 s the capture is in the background, waiting to write.
  await page.waitForTimeout(2500);
  // No answer yet: the write waits (reading the stores would wait too, behind the held transaction).
  await expect(page.getByTestId('capture-toast')).toHaveCount(0);
  await stopServiceWorkers(s.context, options);
  await release();
  // The content script resends (1 s, 2 s …); the next message starts a new worker, which writes it.
  await expect(page.getByTestId('capture-toast')).toContainText('已保存 30 位客服', { timeout: 20_000 });
  await expectTableStoredOnce(options, agents);
  // Saved by the resend, before any failure was shown (a failure pill would mean it was luck: a later scan).
  expect(await toasts()).toEqual([expect.stringMatching(/^已保存 30 位客服 · 4 项指标 · 2026-11-25$/)]);
  // And nothing more arrives later (no second write from a late resend).
  await page.waitForTimeout(3000);
  await expectTableStoredOnce(options, agents);
});

test('the worker stopped in the middle of an import: the import (one transaction in the options page) is whole, and again is the same values', async () => {
  const { s, options } = await start(1);
  const days = ['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25'];
  const lines = ['period_start,period_end,agent,metric,value'];
  for (const day of days) for (let a = 1; a <= 200; a++) for (const [metric, value] of [['consult_count', a], ['reply_rate', 90 + (a % 10)]] as const) lines.push(`${day},${day},旗舰店:导入${a},${metric},${value}`);
  const csv = lines.join('\n');
  const importOnce = async () => {
    await options.getByTestId('import-file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await stopServiceWorkers(s.context, options); // while the file is read and written
    await expect(options.getByTestId('import-result')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  };
  await importOnce();
  const first = await storedRecords(options);
  expect(first.values).toHaveLength(days.length * 200 * 2);
  expect(first.captures.map((c) => c.origin)).toEqual(['csv_import']);
  expect(first.values.find((v) => v.label === '旗舰店:导入17' && v.metric === 'reply_rate' && v.periodStart === '2026-11-22')?.value).toBe(97);
  await importOnce();
  const second = await storedRecords(options);
  // The same values (each replaced by itself), one more log entry saying the file came in again.
  expect(second.values.map((v) => [v.id, v.value])).toEqual(first.values.map((v) => [v.id, v.value]));
  expect(second.captures).toHaveLength(2);
});

test('two tabs capturing the same table at the same moment give one snapshot, one capture, no duplicate values', async () => {
  const agents = 25;
  const { s, options } = await start(agents);
  const [a, b] = [await s.context.newPage(), await s.context.newPage()];
  await Promise.all([a.goto(PLAIN_TABLE.url), b.goto(PLAIN_TABLE.url)]);
  for (const page of [a, b]) await expect(page.getByTestId('capture-toast')).toContainText(`已保存 ${agents} 位客服`, { timeout: 15_000 });
  await expectTableStoredOnce(options, agents);
});

test('storage full: the pill and the options page say so in words, and nothing of the capture is stored', async () => {
  extraDir = buildWithoutUnlimitedStorage();
  const { s, options } = await start(60, extraDir);
  const origin = `chrome-extension://${s.extensionId}`;
  const { usage } = await options.evaluate(() => navigator.storage.estimate());
  // Room for an error-log entry (≈0.5 KB), none for a 60-agent capture (≈20 KB).
  const cdp = await s.context.newCDPSession(options);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (usage ?? 0) + 6_000 });
  const page = await s.context.newPage();
  await page.goto(PLAIN_TABLE.url);
  await expect(page.getByTestId('capture-toast')).toHaveText('客服数据未保存：浏览器存储空间已满，请清理磁盘后刷新页面', { timeout: 15_000 });
  await expect(options.getByTestId('error-row')).toHaveCount(1);
  await expect(options.getByTestId('error-row')).toHaveAttribute('data-kind', 'storageFull');
  await expect(options.getByTestId('error-row')).toContainText('浏览器存储空间已满');
  await expect(options.getByTestId('error-row')).toContainText('QuotaExceededError');
  expect(await storedCounts(options)).toEqual({ captures: 0, snapshots: 0, valueMonths: 0 });
  if (process.env.SHOTS_DIR) {
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/storage-full-pill.png` });
    await options.getByTestId('error-log').screenshot({ path: `${process.env.SHOTS_DIR}/storage-full-log.png` });
  }
});

test('an options page and a side panel left open do not block a new version\'s upgrade; both ask for a reload', async () => {
  const { s, options } = await start(1);
  const panel = await s.context.newPage();
  await panel.goto(`chrome-extension://${s.extensionId}/sidepanel.html`);
  await expect(panel.locator('#root')).not.toBeEmpty();
  const upgrader = await s.context.newPage();
  await upgrader.goto(`chrome-extension://${s.extensionId}/popup.html`);
  // What the next version does when it starts: open the database at a higher version and change the schema.
  const upgrade = await upgrader.evaluate(
    (version) =>
      new Promise<{ blocked: boolean; stores: string[]; version: number }>((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open('kefu-benchmark', version);
        request.onupgradeneeded = () => request.result.createObjectStore('nextVersionStore');
        request.onblocked = () => (blocked = true);
        request.onsuccess = () => {
          const db = request.result;
          resolve({ blocked, stores: [...db.objectStoreNames], version: db.version });
          db.close();
        };
        request.onerror = () => reject(request.error);
      }),
    (CURRENT_SCHEMA_VERSION + 1) * 10,
  );
  expect(upgrade).toMatchObject({ blocked: false, version: (CURRENT_SCHEMA_VERSION + 1) * 10 });
  expect(upgrade.stores).toContain('nextVersionStore');
  for (const page of [options, panel]) {
    await expect(page.getByTestId('db-outdated')).toContainText('扩展已更新了数据格式');
    await expect(page.getByTestId('db-outdated-reload')).toBeVisible();
  }
  if (process.env.SHOTS_DIR) {
    await options.screenshot({ path: `${process.env.SHOTS_DIR}/db-outdated-options.png` });
    await panel.screenshot({ path: `${process.env.SHOTS_DIR}/db-outdated-panel.png` });
  }
});
