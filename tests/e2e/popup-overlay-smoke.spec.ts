import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { openOptions, putStored, storedAll, storedRecords } from './support/stored-data';
import { guardNetwork } from './support/network-guard';
import { routeConsoles } from '../fixtures/route-consoles';
import { QN_APP_URL, SYCM_URL } from '../fixtures/scenarios/index';
import { SYCM, SYCM_PERIOD } from '../fixtures/scenarios/sycm-antd';
import type { AgentProfile } from '../../lib/analysis/agent-profile';
import type { OverlayPrefs } from '../../lib/db/prefs';

/**
 * The on-page badge on routed console pages (top frame only, drag and keyboard moves that survive a
 * reload, hide per site) and the popup's standing of "me". SHOTS_DIR=/tmp/… saves screenshots of both,
 * light and dark, zh-CN and English.
 */
const SHOTS = process.env.SHOTS_DIR;
const ME = SYCM.performance.agents[0]!.label;
const OVERLAY = 'iframe[data-testid="kefu-overlay"]';

let session: ExtensionSession;
test.afterEach(async () => {
  await session?.close();
});

/** Writes a profile straight into the extension's IndexedDB (from the options page: the extension origin). */
async function seedProfile(context: BrowserContext, extensionId: string, profile: AgentProfile): Promise<void> {
  await putStored(await openOptions(context, extensionId), 'agents', profile);
}

async function overlayPrefs(context: BrowserContext, extensionId: string): Promise<OverlayPrefs | undefined> {
  const prefs = await storedAll<{ key: string; value: OverlayPrefs }>(await openOptions(context, extensionId), 'prefs');
  return prefs.find((p) => p.key === 'overlay')?.value;
}

/** Waits until the sycm table of the first page is stored (the badge reads it). */
async function waitForSycmCapture(s: ExtensionSession): Promise<void> {
  const options = await openOptions(s.context, s.extensionId);
  await expect
    .poll(async () => (await storedRecords(options)).values.filter((v) => v.label === ME && v.periodStart === SYCM_PERIOD.start).length, { timeout: 15_000 })
    .toBeGreaterThan(3);
}

async function frameBox(page: Page) {
  const box = await page.locator(OVERLAY).boundingBox();
  if (!box) throw new Error('overlay iframe has no box');
  return box;
}

async function openSycm(s: ExtensionSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(SYCM_URL);
  await expect(page.locator(OVERLAY)).toBeVisible({ timeout: 15_000 });
  return page;
}

test('the badge shows "me" on a console page, moves by drag and keys, keeps its place, and hides per site', async () => {
  session = await launchWithExtension();
  const network = await guardNetwork(session.context);
  await routeConsoles(session.context);
  await seedProfile(session.context, session.extensionId, { key: ME, aliases: [], isMe: true, role: 'presale' });

  const page = await openSycm(session);
  await waitForSycmCapture(session);
  const badge = page.frameLocator(OVERLAY).getByTestId('overlay-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('data-metric', /^[a-z_]+$/);
  await expect(badge.getByTestId('score-badge')).toHaveAttribute('data-score', /^\d+$/);

  // Default: a corner, 16 px from its edges (the page's scroll bar left out), over none of the console's
  // controls (生意参谋's pagination sits at the bottom right).
  const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
  const start = await frameBox(page);
  expect([Math.round(start.x), Math.round(viewport.width - start.x - start.width)]).toContain(16);
  expect([Math.round(start.y), Math.round(viewport.height - start.y - start.height)]).toContain(16);
  const covered = await page.evaluate((r) => {
    const controls = [...document.querySelectorAll('a[href], button, input, select, [role="button"], [role="tab"], li.ant-pagination-item')];
    return controls
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && b.left < r.x + r.width && b.right > r.x && b.top < r.y + r.height && b.bottom > r.y;
      })
      .map((el) => el.outerHTML.slice(0, 80));
  }, start);
  expect(covered).toEqual([]);
  const style = await page.locator(OVERLAY).evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, border: s.borderTopWidth, background: s.backgroundColor, zIndex: s.zIndex };
  });
  expect(style).toEqual({ position: 'fixed', border: '0px', background: 'rgba(0, 0, 0, 0)', zIndex: '2147483646' });

  // Expand: the frame grows to the full list of target gaps; Esc collapses it again.
  await badge.click();
  const card = page.frameLocator(OVERLAY).getByTestId('overlay-card');
  await expect(card).toHaveAttribute('data-state', 'expanded');
  await expect(page.frameLocator(OVERLAY).getByTestId('gap-row')).toHaveCount(5);
  await expect.poll(async () => (await frameBox(page)).height).toBeGreaterThan(start.height + 100);
  await page.keyboard.press('Escape');
  await expect(card).toHaveAttribute('data-state', 'collapsed');
  await expect.poll(async () => Math.round((await frameBox(page)).height)).toBe(Math.round(start.height));

  // Drag by the handle, towards the middle of the page.
  const dx = start.x < viewport.width / 2 ? 300 : -300;
  const dy = start.y < viewport.height / 2 ? 200 : -200;
  const handle = page.frameLocator(OVERLAY).getByTestId('overlay-handle');
  const h = (await handle.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2 + dx, h.y + h.height / 2 + dy, { steps: 12 });
  await page.mouse.up();
  const dragged = await frameBox(page);
  expect(Math.round(dragged.x)).toBe(Math.round(start.x + dx));
  expect(Math.round(dragged.y)).toBe(Math.round(start.y + dy));

  // Arrow keys on the focused handle: 10 px a step.
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Math.round((await frameBox(page)).x)).toBe(Math.round(dragged.x - 10));
  const moved = await frameBox(page);
  expect(Math.round(moved.y)).toBe(Math.round(dragged.y - 10));
  await expect.poll(async () => (await overlayPrefs(session.context, session.extensionId))?.position).toEqual({ x: Math.round(moved.x), y: Math.round(moved.y) });

  // The place survives a reload.
  await page.reload();
  await expect(page.locator(OVERLAY)).toBeVisible({ timeout: 15_000 });
  const reloaded = await frameBox(page);
  expect([Math.round(reloaded.x), Math.round(reloaded.y)]).toEqual([Math.round(moved.x), Math.round(moved.y)]);

  // Hide on this site: one click removes it; a reload keeps it away.
  await page.frameLocator(OVERLAY).getByTestId('overlay-hide').click();
  await expect(page.locator(OVERLAY)).toHaveCount(0);
  await expect.poll(async () => (await overlayPrefs(session.context, session.extensionId))?.hiddenHosts).toEqual(['sycm.taobao.com']);
  await page.reload();
  await expect(page.getByTestId('capture-toast')).toBeAttached({ timeout: 15_000 }); // the content scripts ran
  await page.waitForTimeout(1000);
  await expect(page.locator(OVERLAY)).toHaveCount(0);
  expect(network.foreign()).toEqual([]);
});

test('a page forging the overlay\'s messages cannot move or hide it', async () => {
  session = await launchWithExtension();
  await routeConsoles(session.context);
  const page = await openSycm(session);
  await expect(page.frameLocator(OVERLAY).getByTestId('overlay-card')).toBeVisible();
  const before = await frameBox(page);
  await page.evaluate((ext) => {
    const iframe = document.querySelector('iframe[data-testid="kefu-overlay"]') as HTMLIFrameElement;
    for (const data of [
      { source: 'kefu-overlay', type: 'nudge', dx: -400, dy: -300 },
      { source: 'kefu-overlay', type: 'size', width: 3000, height: 3000 },
      { source: 'kefu-overlay', type: 'hide' },
    ]) {
      window.dispatchEvent(new MessageEvent('message', { data, origin: ext, source: iframe.contentWindow }));
      window.postMessage(data, '*');
    }
  }, `chrome-extension://${session.extensionId}`);
  await page.waitForTimeout(500);
  await expect(page.locator(OVERLAY)).toHaveCount(1);
  expect(await frameBox(page)).toEqual(before);
  expect((await overlayPrefs(session.context, session.extensionId))?.hiddenHosts ?? []).toEqual([]);
});

test('without "me" the badge asks to set it up; it sits in the top frame only, never in the console\'s app frames', async () => {
  session = await launchWithExtension();
  await routeConsoles(session.context);
  const page = await session.context.newPage();
  await page.goto('https://myseller.taobao.com/home.htm');
  await expect(page.locator(OVERLAY)).toBeVisible({ timeout: 15_000 });
  await expect(page.frameLocator(OVERLAY).getByTestId('overlay-card')).toHaveAttribute('data-state', 'no-me');
  await expect(page.frameLocator(OVERLAY).getByTestId('overlay-open-options')).toBeVisible();
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/zh-light-overlay-no-me.png` });
  }
  const app = page.frames().find((f) => f.url() === QN_APP_URL)!;
  expect(app).toBeTruthy();
  await expect(app.locator('table').first()).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await app.locator(OVERLAY).count()).toBe(0);
  expect(page.frames().filter((f) => f.url().includes('/overlay.html'))).toHaveLength(1);
});

test('the popup shows the standing of "me"', async () => {
  session = await launchWithExtension();
  await routeConsoles(session.context);
  // Nothing captured yet: where to go for the first table.
  const empty = await session.context.newPage();
  await empty.setViewportSize({ width: 384, height: 640 });
  await empty.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(empty.getByTestId('popup-empty')).toContainText('客服绩效');
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await empty.screenshot({ path: `${SHOTS}/zh-light-popup-empty.png`, fullPage: true });
  }
  await empty.close();
  await seedProfile(session.context, session.extensionId, { key: ME, displayName: '小美', aliases: [], isMe: true, role: 'presale' });
  const console = await session.context.newPage();
  await console.goto(SYCM_URL);
  await waitForSycmCapture(session);

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 384, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const me = popup.getByTestId('popup-me');
  await expect(me).toHaveAttribute('data-agent', ME);
  await expect(me.getByRole('heading', { name: '小美' })).toBeVisible();
  await expect(me.getByTestId('score-badge')).toHaveAttribute('data-score', /^\d+$/);
  await expect(me).toContainText(`${SYCM_PERIOD.start} 至 ${SYCM_PERIOD.end}`);
  const rows = me.getByTestId('gap-row');
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await rows.count()).toBeLessThanOrEqual(3);
  await expect(me.getByTestId('weakest-hint')).toHaveAttribute('data-metric', /^[a-z_]+$/);
  await expect(popup.getByTestId('popup-open-sidepanel')).toBeEnabled();
});

/**
 * Opens popup.html in a tab as if over `url`'s tab: the toolbar popup itself cannot be driven, so the
 * page's tabs.query answers with that tab (its real id: scripting and messaging reach the real tab).
 */
/** The bit of the extension API these page scripts touch (the spec is typed for Node, not for chrome.*). */
interface TabsApi {
  tabs: { query(filter: object): Promise<Array<{ id?: number; windowId: number }>> };
}
async function popupOver(s: ExtensionSession, page: Page): Promise<Page> {
  await page.bringToFront();
  // The tab's id and window; its address is the one activeTab would reveal after the click.
  const tab = await s.serviceWorker.evaluate(async () => {
    const [found] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return found ? { id: found.id, windowId: found.windowId, active: true } : null;
  });
  if (!tab) throw new Error('no active tab');
  const popup = await s.context.newPage();
  await popup.addInitScript((t) => {
    (globalThis as unknown as { chrome: { tabs: { query: () => Promise<unknown[]> } } }).chrome.tabs.query = async () => [t];
  }, { ...tab, url: page.url() });
  await popup.setViewportSize({ width: 384, height: 640 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return popup;
}

test('the popup tells the last capture of the page under it and shows a hidden badge again', async () => {
  session = await launchWithExtension();
  await routeConsoles(session.context);
  const page = await openSycm(session);
  await waitForSycmCapture(session);
  await page.frameLocator(OVERLAY).getByTestId('overlay-hide').click();
  await expect(page.locator(OVERLAY)).toHaveCount(0);

  const popup = await popupOver(session, page);
  // Nobody is "me": the team summary of the latest period (the first page of the table: 10 agents).
  await expect(popup.getByTestId('popup-team-agents')).toHaveText('10');
  const last = popup.getByTestId('popup-last-capture');
  await expect(last).toContainText(`${SYCM_PERIOD.start} ~ ${SYCM_PERIOD.end}`);
  await expect(last).toContainText('10 位客服');
  // A console host: no "capture now".
  await expect(popup.getByTestId('popup-capture-now')).toHaveCount(0);
  if (SHOTS) await popup.screenshot({ path: `${SHOTS}/zh-light-popup-team.png`, fullPage: true });

  await popup.getByTestId('popup-show-badge').click();
  await expect(popup.getByTestId('popup-show-badge')).toHaveCount(0);
  // The page's badge comes back without a reload.
  await expect(page.locator(OVERLAY)).toBeVisible({ timeout: 10_000 });
  await expect(page.frameLocator(OVERLAY).getByTestId('overlay-card')).toHaveAttribute('data-state', 'no-me');
  expect((await overlayPrefs(session.context, session.extensionId))?.hiddenHosts).toEqual([]);
});

const variants = [
  { name: 'zh-light', colorScheme: 'light' as const, english: false },
  { name: 'zh-dark', colorScheme: 'dark' as const, english: false },
  { name: 'en-light', colorScheme: 'light' as const, english: true },
  { name: 'en-dark', colorScheme: 'dark' as const, english: true },
];

for (const variant of variants) {
  test(`screenshots: popup and badge, ${variant.name}`, async () => {
    test.skip(!SHOTS, 'set SHOTS_DIR to save screenshots');
    mkdirSync(SHOTS!, { recursive: true });
    session = await launchWithExtension({ colorScheme: variant.colorScheme, english: variant.english });
    await routeConsoles(session.context);
    await seedProfile(session.context, session.extensionId, { key: ME, displayName: variant.english ? 'Xiaomei' : '小美', aliases: [], isMe: true, role: 'presale' });
    const page = await openSycm(session);
    await waitForSycmCapture(session);
    await expect(page.frameLocator(OVERLAY).getByTestId('overlay-badge')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${variant.name}-overlay-collapsed.png` });
    await page.frameLocator(OVERLAY).getByTestId('overlay-badge').click();
    await expect(page.frameLocator(OVERLAY).getByTestId('overlay-card')).toHaveAttribute('data-state', 'expanded');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/${variant.name}-overlay-expanded.png` });

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 384, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-me')).toBeVisible();
    await popup.screenshot({ path: `${SHOTS}/${variant.name}-popup-me.png`, fullPage: true });
  });
}
