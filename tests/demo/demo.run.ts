import { test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type ExtensionSession } from '../e2e/support/launch-extension';
import { routeConsoles } from '../fixtures/route-consoles';
import { serveLocal } from '../fixtures/serve-local';
import { SCENARIOS, chitu4SwitchTo, findTableFrame, qnpTickMetrics, QNP_SET_2 } from '../fixtures/scenarios/index';
import { downloadText, openOptions } from '../e2e/support/stored-data';
import { teamHistoryCsv } from '../fixtures/history/team-history';

const SHOTS = path.resolve('screenshots');
const PORT = Number(process.env.DEMO_PORT ?? 4178);
const DEMOED = SCENARIOS.filter((s) => s.tables.length > 0 && s.id !== 'big-table');

/** Whose standing the demo shows in the popup and the badge: an agent of the team history. */
const ME = '旗舰店:小林';

/**
 * The product's point, for a newcomer: a second browser profile imports a two-month team history (the
 * extension's own CSV, tests/fixtures/history), marks one agent as "me", then opens the side panel's team
 * and agent views, the popup and the on-page badge. Returns the pages it opened (headed: left open).
 */
async function showInsights(session: ExtensionSession, shot: (page: import('@playwright/test').Page, name: string) => Promise<void>) {
  const base = `chrome-extension://${session.extensionId}`;
  const options = await openOptions(session.context, session.extensionId);
  await options.getByTestId('import-file').setInputFiles({ name: 'team-history.csv', mimeType: 'text/csv', buffer: Buffer.from(teamHistoryCsv(), 'utf8') });
  await options.getByTestId('import-result').waitFor();
  await options.reload();
  const row = options.locator(`[data-testid="agent-row"][data-agent="${ME}"]`);
  await row.getByTestId('agent-me').check();
  await row.getByTestId('agent-save').click();
  await options.waitForTimeout(500);

  const team = await session.context.newPage();
  await team.setViewportSize({ width: 1100, height: 760 });
  await team.goto(`${base}/sidepanel.html#team`);
  await team.getByTestId('team-row').first().waitFor();
  await shot(team, 'demo-insights-team');
  const agent = await session.context.newPage();
  await agent.setViewportSize({ width: 460, height: 900 });
  await agent.goto(`${base}/sidepanel.html#agent=${encodeURIComponent(ME)}`);
  await agent.getByTestId('trend-card').first().waitFor();
  await agent.waitForTimeout(800);
  await shot(agent, 'demo-insights-agent');
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`${base}/popup.html`);
  await popup.getByTestId('popup-me').waitFor();
  await shot(popup, 'demo-insights-popup');
  const page = await session.context.newPage();
  await page.goto('https://sycm.taobao.com/qos/goods.html');
  const overlay = page.frameLocator('iframe[data-testid="kefu-overlay"]');
  await overlay.getByTestId('overlay-badge').click();
  await overlay.getByTestId('overlay-card').waitFor();
  await page.waitForTimeout(500);
  await shot(page, 'demo-insights-badge');
}

/**
 * With a display: Chromium opens with the extension, one tab per simulated console and the options page,
 * and a second window whose profile holds a two-month team history: side panel (team, agent), popup and
 * badge; close the browsers to end. Without one (or DEMO_HEADLESS=1): walks every console, pages through
 * the tables, then shows the insights on the history, and writes screenshots and the exported CSV to
 * ./screenshots.
 */
test('demo', async () => {
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.DEMO_HEADLESS && !process.env.CI;
  const server = await serveLocal(PORT);
  console.log(`Simulated consoles (without the extension): http://127.0.0.1:${PORT}/`);
  const session = await launchWithExtension({ headed });
  await routeConsoles(session.context);

  if (headed) {
    for (const scenario of DEMOED) await (await session.context.newPage()).goto(scenario.url);
    await openOptions(session.context, session.extensionId);
    const insights = await launchWithExtension({ headed });
    await routeConsoles(insights.context);
    await showInsights(insights, async () => undefined);
    console.log('Chromium is open with the extension: each tab of the first window is a console under its real host; the second window shows the insights on a two-month team history. Close both browsers to end the demo.');
    await Promise.all([session, insights].map((s) => new Promise<void>((resolve) => s.context.on('close', () => resolve()))));
    server.close();
    return;
  }

  mkdirSync(SHOTS, { recursive: true });
  const written: string[] = [];
  const shot = async (page: import('@playwright/test').Page, name: string) => {
    const file = path.join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
  for (const scenario of DEMOED) {
    const page = await session.context.newPage();
    await page.goto(scenario.url);
    for (const [i, table] of scenario.tables.entries()) {
      if (table.show) await table.show(page);
      const frame = await findTableFrame(page, table);
      await frame.getByTestId('capture-toast').waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined);
      await shot(page, `demo-${scenario.id}${i ? `-${table.key}` : ''}`);
      for (let n = 2; n <= table.pageCount; n++) {
        await table.goToPage!(frame, n);
        await page.waitForTimeout(1500);
      }
      // The consoles' own switches: 赤兔's 日/周/月 and 千牛's metric checkboxes each make another capture.
      if (scenario.id === 'chitu-antd4') {
        for (const type of ['week', 'month'] as const) {
          await chitu4SwitchTo(page, type);
          await page.waitForTimeout(2500); // the spinner's fade-out and the extension's quiet time: the toast names the new period
          await shot(page, `demo-${scenario.id}-${type}`);
        }
      }
      if (scenario.id === 'qianniu-sycm') {
        await qnpTickMetrics(frame, QNP_SET_2);
        await page.waitForTimeout(1500);
        await shot(page, `demo-${scenario.id}-set2`);
      }
    }
    await page.close();
  }
  const options = await openOptions(session.context, session.extensionId);
  await options.reload();
  await options.getByTestId('capture-log').waitFor();
  await options.setViewportSize({ width: 1200, height: 1400 });
  await shot(options, 'demo-options');
  const csv = await downloadText(options, 'export-csv');
  const csvFile = path.join(SHOTS, 'demo-export.csv');
  writeFileSync(csvFile, csv.text);
  written.push(csvFile);
  await session.close();
  const insights = await launchWithExtension();
  await routeConsoles(insights.context);
  await showInsights(insights, shot);
  await insights.close();
  server.close();
  console.log(`No display: walked ${DEMOED.length} simulated consoles headless, then the insights on a two-month team history. Written:\n${written.map((f) => `  ${f}`).join('\n')}`);
});
