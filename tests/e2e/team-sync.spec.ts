import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { presetScheme } from '../../lib/analysis/scheme-presets';
import type { KpiScheme } from '../../lib/analysis/kpi-scheme';
import type { ValueMonthRecord } from '../../lib/db/value-month';
import type { CaptureRecord } from '../../lib/model/schemas/records';
import { shopDatabaseName } from '../../lib/sync/shop-database';
import { monthRecordsOfShop } from '../../lib/sync/shop-share';
import { captureDocId, profileDocId, schemeDocId, valuesDocId } from '../../lib/sync/sync-documents';
import { routeConsoles } from '../fixtures/route-consoles';
import { BIG_SHOP } from '../fixtures/scenarios/big-table';
import { SYCM_SHOP } from '../fixtures/scenarios/sycm-antd';
import { scenarioById } from '../fixtures/scenarios/index';
import { startSyncServer, type SyncServer } from '../support/sync-server';
import { captureScenario } from './support/capture-scenario';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { guardNetwork } from './support/network-guard';
import { openOptions, putStored, storedAll, storedRecords } from './support/stored-data';

/**
 * Team sync (issue 13) in the built extension, two browser profiles and the stand-in server
 * (pouchdb-server on LevelDB files, so a restart keeps its data):
 *   1. the manager captures 生意参谋's 客服绩效 and 销售能力对比, sets a scheme of its own and 晴天's role, switches
 *      sync on in options and pushes;
 *   2. the agent (晴天) switches sync on as 客服, pulls, marks 这是我: the badge and the popup judge 晴天 by the
 *      manager's scheme (hand-computed below), and options shows that scheme read-only;
 *   3. a write with the agent's account is refused by the server's validate_doc_update; nothing local changes;
 *   4. the server goes down in the middle of the manager's push of a 1,000-agent table and comes back: the
 *      status says unreachable in words, the next pass completes, the server holds exactly the manager's
 *      documents and the agent's pull duplicates nothing;
 *   5. a wrong password: the status says so in words, local data intact.
 * No request leaves either browser except to the console fixtures and that one server.
 * SHOTS_DIR=… saves options › 团队同步 (manager, agent) and the agent's badge.
 */

const SHOTS = process.env.SHOTS_DIR;
const MANAGER = { name: 'boss', password: 'boss-pw' };
const AGENT = { name: 'qingtian', password: 'qingtian-pw' };
/** Page 1 of 客服绩效: 回复率 94.53 %, 首响 14.2 s, 询单转化率 56.21 % over 2026-11-20 … 11-26. */
const ME = `${SYCM_SHOP}:晴天`;
const GOODS_URL = scenarioById('non-comparison').url; // a console page without a comparison table: the agent captures nothing
const OVERLAY = 'iframe[data-testid="kefu-overlay"]';

/**
 * The manager's own 售前 scheme (not the preset: other metrics, weights and grade names):
 *   回复率 94.53: (94.53 − 90) / (100 − 90) × 100 = 45.3, weight 2
 *   首响 14.2 s: (40 − 14.2) / (40 − 8) × 100 = 80.625, weight 1
 *   询单转化率 56.21: (56.21 − 30) / (60 − 30) × 100 = 87.3667, weight 1
 *   score (2 × 45.3 + 80.625 + 87.3667) / 4 = 64.648 → shown 65, grade B级 (≥ 60); the weakest is 回复率
 *   (the only one short of its target, 98 − 94.53 = 3.47 points). The preset would say 铜牌 or 银牌.
 */
const SCHEME: KpiScheme = {
  ...presetScheme('presale'),
  name: '店长的售前方案',
  versions: [
    {
      effectiveFrom: '2020-01-01',
      metrics: [
        { metric: 'reply_rate', kind: 'basic', target: 98, worst: 90, best: 100, weight: 2 },
        { metric: 'first_response_time', kind: 'basic', target: 15, worst: 40, best: 8, weight: 1 },
        { metric: 'inquiry_conversion_rate', kind: 'incentive', target: 50, worst: 30, best: 60, weight: 1 },
      ],
      grades: [
        { name: 'A级', minScore: 80 },
        { name: 'B级', minScore: 60 },
        { name: 'C级', minScore: 40 },
      ],
      commission: [],
      commissionScaledByScore: false,
    },
  ],
};

interface Browser {
  session: ExtensionSession;
  options: Page;
  network: { foreign: () => string[] };
}

let server: SyncServer;
let manager: Browser;
let agent: Browser;

async function open(): Promise<Browser> {
  const session = await launchWithExtension();
  const network = await guardNetwork(session.context, { allowOrigins: [server.url] });
  await routeConsoles(session.context);
  return { session, network, options: await openOptions(session.context, session.extensionId) };
}

/**
 * The user's yes to the browser's prompt for the server's origin, given ahead through chrome://extensions
 * (site access): headless Chromium shows the prompt where no click reaches it. permissions.request then
 * answers at once, and the switch goes on exactly as after a click on 允许.
 */
async function allowServer(browser: Browser): Promise<void> {
  const page = await browser.session.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ({ id, pattern }) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, pattern),
    { id: browser.session.extensionId, pattern: `${server.url}/*` },
  );
  await page.close();
}

/** Options › 团队同步 filled in as a user does, then 开启团队同步. */
async function switchOn(browser: Browser, account: { name: string; password: string }, role: 'manager' | 'agent', shops: { tick?: string[]; type?: string[] }): Promise<void> {
  const page = browser.options;
  await page.getByTestId('sync-url').fill(server.url);
  await page.getByTestId('sync-username').fill(account.name);
  await page.getByTestId('sync-password').fill(account.password);
  await page.getByTestId(`sync-role-${role}`).check();
  for (const shop of shops.tick ?? []) await page.locator(`[data-testid="sync-shop"][data-shop="${shop}"] input`).check();
  for (const shop of shops.type ?? []) {
    await page.getByTestId('sync-shop-input').fill(shop);
    await page.getByTestId('sync-shop-add').click();
  }
  await page.getByTestId('sync-enabled').click();
  // Until the first pass ends; it may already have (then the message says so).
  await expect(page.getByTestId('sync-message')).toHaveText(/^团队同步已开启(，正在进行第一次同步|。第一次同步已结束，结果见下方)。$/);
  await expect(page.getByTestId('sync-section')).toHaveAttribute('data-enabled', 'true');
  // The switch asked for that one origin, and has it now.
  const granted = await page.evaluate(
    (origin) => (globalThis as unknown as { chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions.contains({ origins: [origin] }),
    `${server.url}/*`,
  );
  expect(granted).toBe(true);
}

/** 立即同步, answered when the pass ended; the status below says how it went. */
async function syncNow(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-now')).toBeEnabled();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-now')).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByTestId('sync-status')).not.toHaveAttribute('data-state', 'syncing');
}

interface Stored {
  months: ValueMonthRecord[];
  captures: CaptureRecord[];
  schemes: KpiScheme[];
  agents: { key: string; isMe?: boolean; role?: string }[];
}

async function stored(page: Page): Promise<Stored> {
  const [months, captures, schemes, agents] = await Promise.all([
    storedAll<ValueMonthRecord>(page, 'valueMonths'),
    storedAll<CaptureRecord>(page, 'captures'),
    storedAll<KpiScheme>(page, 'schemes'),
    storedAll<Stored['agents'][number]>(page, 'agents'),
  ]);
  return { months, captures, schemes, agents };
}

/** The documents a shop's database must hold for what the manager has: values, the captures they name, schemes, profiles. */
function expectedDocIds(manager: Stored, shop: string): string[] {
  const months = monthRecordsOfShop(manager.months, shop);
  const captureById = new Map(manager.captures.map((c) => [c.id, c]));
  const captures = new Set(months.flatMap((m) => m.origins.map((o) => captureDocId(captureById.get(o.captureId)!))));
  return [
    ...months.map((m) => valuesDocId(m)),
    ...captures,
    ...manager.schemes.map((s) => schemeDocId(s.role)),
    ...manager.agents.filter((a) => a.key.startsWith(`${shop}:`)).map((a) => profileDocId(a.key)),
  ].sort();
}

/** What the server's database of a shop holds, read as its admin (design documents apart). */
async function serverDocIds(shop: string): Promise<string[]> {
  const response = await fetch(`${server.url}/${shopDatabaseName(shop)}/_all_docs`, { headers: { Authorization: server.adminAuth } });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { rows: { id: string }[] };
  return body.rows.map((r) => r.id).filter((id) => !id.startsWith('_design/')).sort();
}

async function serverDocCount(shop: string): Promise<number> {
  const response = await fetch(`${server.url}/${shopDatabaseName(shop)}`, { headers: { Authorization: server.adminAuth } });
  return ((await response.json()) as { doc_count: number }).doc_count;
}

/** Options › 团队同步 alone; the sticky section nav would cover the section's heading in an element shot. */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const nav = page.locator('.options-nav');
  await nav.evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  await page.locator('#sync').screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await nav.evaluate((el) => ((el as HTMLElement).style.visibility = ''));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startSyncServer({ shops: [SYCM_SHOP, BIG_SHOP], managers: [`${MANAGER.name}:${MANAGER.password}`], agents: [`${AGENT.name}:${AGENT.password}`], persistent: true });
});

test.afterAll(async () => {
  const sessions = [manager, agent].filter(Boolean);
  await Promise.all(sessions.map((b) => b.session.close()));
  await server?.stop();
  for (const b of sessions) expect(b.network.foreign(), 'requests to other hosts').toEqual([]);
});

test('the manager captures a console table, sets the scheme, switches sync on and pushes', async () => {
  manager = await open();
  await captureScenario(manager.session, 'sycm-antd');
  const page = manager.options;
  await putStored(page, 'schemes', SCHEME);
  // 晴天's role, set in options › 客服 as a manager does.
  const row = page.locator(`[data-testid="agent-row"][data-agent="${ME}"]`);
  await page.getByTestId('agent-search').fill('晴天');
  await row.getByTestId('agent-role').selectOption('presale');
  await row.getByTestId('agent-save').click();
  await expect(row.getByTestId('agent-result')).toHaveAttribute('data-status', 'ok');
  await page.reload();

  const mine = await stored(page);
  const expected = expectedDocIds(mine, SYCM_SHOP);
  // Page 1 of both tables, every row (agents of this shop and the benchmark rows beside them), the scheme, 晴天's profile.
  expect(expected.filter((id) => id.startsWith('values:'))).toHaveLength(mine.months.length);
  expect(expected.filter((id) => id.startsWith('scheme:') || id.startsWith('profile:'))).toEqual([profileDocId(ME), schemeDocId('presale')]);

  await allowServer(manager);
  await switchOn(manager, MANAGER, 'manager', { tick: [SYCM_SHOP] });
  // Switching on starts the first pass: it pushes every document.
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  await expect(status).toContainText(`上传 ${expected.length} 条，下载`);
  await expect(page.getByTestId('sync-message')).toHaveText('团队同步已开启。第一次同步已结束，结果见下方。');
  await expect(status).toContainText('尚未上传的本地更改：0 条');
  await expect(page.getByTestId('sync-problem')).toHaveCount(0);
  expect(await serverDocIds(SYCM_SHOP)).toEqual(expected);
  await shot(page, 'options-sync-manager-zh');
  // 立即同步: nothing new to push, and the server holds the same.
  await syncNow(page);
  await expect(status).toHaveAttribute('data-state', 'idle');
  await expect(status).toContainText('上传 0 条');
  expect(await serverDocIds(SYCM_SHOP)).toEqual(expected);
  expect(await storedAll(page, 'schemes')).toEqual([SCHEME]);
});

test("the agent pulls, marks 这是我, and the badge and popup judge it by the manager's scheme", async () => {
  agent = await open();
  const page = agent.options;
  expect((await storedRecords(page)).values).toEqual([]);
  await allowServer(agent);
  await switchOn(agent, AGENT, 'agent', { type: [SYCM_SHOP, BIG_SHOP] });
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
  // Everything the manager pushed (the second shop has nothing yet), and each shop database's validation
  // function (replicated, never applied).
  const expected = await serverDocIds(SYCM_SHOP);
  expect(await serverDocIds(BIG_SHOP)).toEqual([]);
  await expect(status).toContainText(`上传 0 条，下载 ${expected.length + 2} 条。`);
  await expect(page.getByTestId('sync-problem')).toHaveCount(0);
  await shot(page, 'options-sync-agent-zh');

  // The same records as the manager's, each capture once; the manager's scheme; 晴天's profile without "me".
  const [theirs, mine] = [await stored(manager.options), await stored(page)];
  expect(mine.months.map((m) => m.id).sort()).toEqual(theirs.months.map((m) => m.id).sort());
  expect(mine.captures.map((c) => captureDocId(c)).sort()).toEqual(theirs.captures.map((c) => captureDocId(c)).sort());
  expect((await storedRecords(page)).values.map(({ captureId: _c, ...v }) => v)).toEqual((await storedRecords(manager.options)).values.map(({ captureId: _c, ...v }) => v));
  expect(mine.schemes).toEqual([SCHEME]);
  expect(mine.agents).toEqual([expect.objectContaining({ key: ME, role: 'presale', isMe: false })]);

  // 这是我, in options › 客服 as the product asks (the badge links there).
  await page.reload();
  await page.getByTestId('agent-search').fill('晴天');
  const row = page.locator(`[data-testid="agent-row"][data-agent="${ME}"]`);
  await expect(row.getByTestId('agent-role')).toBeDisabled();
  await row.getByTestId('agent-me').check();
  await row.getByTestId('agent-save').click();
  await expect(row.getByTestId('agent-result')).toHaveAttribute('data-status', 'ok');
  expect(await storedAll(page, 'agents')).toEqual([expect.objectContaining({ key: ME, role: 'presale', isMe: true })]);

  // Options: the scheme is the manager's, read-only and marked so.
  await expect(page.locator('#scheme').getByTestId('managed-banner')).toHaveText('由主管统一设置，已同步。这里只能查看；需要修改请联系主管。');
  await expect(page.getByTestId('scheme-editor')).toHaveAttribute('data-read-only', 'true');
  await expect(page.locator('[data-testid="scheme-metric-row"]')).toHaveCount(3);
  await expect(page.locator('[data-testid="scheme-metric-row"][data-metric="reply_rate"] input[name="target"]')).toBeDisabled();
  await expect(page.locator('[data-testid="scheme-metric-row"][data-metric="reply_rate"] input[name="target"]')).toHaveValue('98');
  await expect(page.getByTestId('scheme-save')).toHaveCount(0);

  // The popup: 晴天 over 2026-11-20 … 11-26, 65 B级 (see SCHEME).
  const popup = await agent.session.context.newPage();
  await popup.setViewportSize({ width: 384, height: 720 });
  await popup.goto(`chrome-extension://${agent.session.extensionId}/popup.html`);
  const card = popup.getByTestId('popup-me');
  await expect(card).toHaveAttribute('data-agent', ME);
  await expect(card.getByTestId('score-badge')).toHaveAttribute('data-score', '65');
  await expect(card.getByTestId('score-badge')).toHaveAttribute('data-grade', 'B级');
  await expect(card.locator('[data-testid="gap-row"][data-metric="reply_rate"]')).toHaveAttribute('data-state', 'fail');
  await popup.close();

  // The badge on a console page without a table of its own: what it shows came through sync.
  const consolePage = await agent.session.context.newPage();
  await consolePage.goto(GOODS_URL);
  await expect(consolePage.locator(OVERLAY)).toBeVisible({ timeout: 15_000 });
  const frame = consolePage.frameLocator(OVERLAY);
  const badge = frame.getByTestId('overlay-badge');
  await expect(badge).toHaveAttribute('data-metric', 'reply_rate');
  await expect(badge.getByTestId('score-badge')).toHaveAttribute('data-score', '65');
  await expect(badge.getByTestId('score-badge')).toHaveAttribute('data-grade', 'B级');
  await badge.click();
  await expect(frame.getByTestId('overlay-card')).toHaveAttribute('data-state', 'expanded');
  await expect(frame.locator('[data-testid="gap-row"]')).toHaveCount(3);
  if (SHOTS) {
    await consolePage.waitForTimeout(300);
    const box = (await consolePage.locator(OVERLAY).boundingBox())!;
    await consolePage.screenshot({ path: path.join(SHOTS, 'team-sync-agent-badge-zh.png'), clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } });
  }
  await consolePage.close();
  expect((await storedRecords(page)).captures).toHaveLength(theirs.captures.length);
});

test("a write with the agent's account is refused by the server, and the agent's data stays as it was", async () => {
  const page = agent.options;
  const before = await stored(page);
  const onServer = await serverDocIds(SYCM_SHOP);
  // From the agent's own extension page, through its host permission: what a tampered copy of the
  // extension could send. A new document, and the manager's scheme overwritten on top of its revision.
  const answers = await page.evaluate(
    async ({ base, auth }) => {
      const headers = { Authorization: auth, 'Content-Type': 'application/json' };
      const scheme = await (await fetch(`${base}/scheme%3Apresale`, { headers })).json();
      const writes = [
        fetch(`${base}/values%3Aforged`, { method: 'PUT', headers, body: JSON.stringify({ kind: 'values', forged: true }) }),
        fetch(`${base}/scheme%3Apresale`, { method: 'PUT', headers, body: JSON.stringify({ ...scheme, scheme: { ...scheme.scheme, name: '客服自己改的方案' } }) }),
      ];
      return Promise.all(writes.map(async (w) => {
        const r = await w;
        return { status: r.status, body: await r.json() };
      }));
    },
    { base: `${server.url}/${shopDatabaseName(SYCM_SHOP)}`, auth: `Basic ${Buffer.from(`${AGENT.name}:${AGENT.password}`).toString('base64')}` },
  );
  for (const answer of answers) expect(answer).toEqual({ status: 403, body: { error: 'forbidden', reason: 'Only a manager may write to this shop (agents read only).' } });
  expect(await serverDocIds(SYCM_SHOP)).toEqual(onServer);

  // The next pass finds nothing new, and nothing local changed.
  await syncNow(page);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('sync-status')).toContainText('上传 0 条，下载 0 条。');
  expect(await stored(page)).toEqual(before);
  expect((await stored(page)).schemes[0]!.name).toBe('店长的售前方案');
});

test('the server goes down in the middle of a push and comes back: the next pass completes it, exactly, and the agent duplicates nothing', async () => {
  const page = manager.options;
  // 1,000 agents of another shop, each its own document: a push of several batches.
  const big = await captureScenario(manager.session, 'big-table');
  await big.close();
  const mine = await stored(page);
  const expectedBig = expectedDocIds(mine, BIG_SHOP);
  expect(expectedBig.filter((id) => id.startsWith('values:')).length).toBeGreaterThanOrEqual(1000);
  const expectedSycm = await serverDocIds(SYCM_SHOP);

  // The shop added in options: saving starts a pass, and the server stops once part of it has arrived.
  await page.reload();
  await page.locator(`[data-testid="sync-shop"][data-shop="${BIG_SHOP}"] input`).check();
  await page.getByTestId('sync-save').click();
  await expect(page.getByTestId('sync-message')).toHaveText('设置已保存。');
  let arrived = 0;
  await expect.poll(async () => (arrived = await serverDocCount(BIG_SHOP).catch(() => 0)), { intervals: [20], timeout: 30_000 }).toBeGreaterThan(1);
  await server.halt();
  expect(arrived).toBeLessThan(expectedBig.length);
  test.info().annotations.push({ type: 'documents on the server when it stopped', description: `${arrived} of ${expectedBig.length}` });

  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
  const problem = page.getByTestId('sync-problem');
  await expect(problem).toHaveAttribute('data-code', 'unreachable');
  await expect(problem).toContainText('连接不上服务器。请检查服务器地址是否正确、服务器是否在运行、本机是否联网。');
  await expect(problem).toContainText(`店铺：${BIG_SHOP}`);
  await expect(status).not.toContainText('尚未上传的本地更改：0 条');
  await shot(page, 'team-sync-manager-unreachable-zh');

  // Back up: the next pass sends the rest, and the server holds exactly what the manager has.
  await server.restart();
  const kept = (await serverDocCount(BIG_SHOP)) - 1; // the validation function is a document too
  expect(kept).toBeGreaterThan(0);
  await syncNow(page);
  await expect(status).toHaveAttribute('data-state', 'idle');
  // Only the rest went: what reached the server before it stopped was not sent again.
  await expect(status).toContainText(`上传 ${expectedBig.length - kept} 条`);
  await expect(page.getByTestId('sync-problem')).toHaveCount(0);
  await expect(status).toContainText('尚未上传的本地更改：0 条');
  expect(await serverDocIds(BIG_SHOP)).toEqual(expectedBig);
  expect(await serverDocIds(SYCM_SHOP)).toEqual(expectedSycm);

  // The agent pulls both shops: the same records as the manager, each capture once.
  await syncNow(agent.options);
  await expect(agent.options.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle');
  const theirs = await stored(agent.options);
  expect(theirs.months.map((m) => m.id).sort()).toEqual(mine.months.map((m) => m.id).sort());
  expect(theirs.captures).toHaveLength(mine.captures.length);
  expect(new Set(theirs.captures.map((c) => captureDocId(c))).size).toBe(mine.captures.length);
  // "Me" survived the pulls.
  expect(theirs.agents.find((a) => a.key === ME)?.isMe).toBe(true);
});

test('a wrong password: the status says so in words, and nothing local is lost', async () => {
  const page = agent.options;
  const before = await stored(page);
  await page.getByTestId('sync-password-change').click();
  await page.getByTestId('sync-password').fill('not-the-password');
  await page.getByTestId('sync-save').click();
  await expect(page.getByTestId('sync-message')).toHaveText('设置已保存。');
  await syncNow(page);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'error');
  const problem = page.getByTestId('sync-problem');
  await expect(problem).toHaveAttribute('data-code', 'unauthorized');
  await expect(problem).toContainText('服务器不接受这个账号或密码。请核对账号，重新输入密码后保存。');
  expect(await stored(page)).toEqual(before);
});
