import { test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../e2e/support/launch-extension';
import { routeConsoles } from '../fixtures/route-consoles';
import { serveLocal } from '../fixtures/serve-local';
import { SCENARIOS, chitu4SwitchTo, findTableFrame, qnpTickMetrics, QNP_SET_2 } from '../fixtures/scenarios/index';
import { downloadText, openOptions } from '../e2e/support/stored-data';

const SHOTS = path.resolve('screenshots');
const PORT = Number(process.env.DEMO_PORT ?? 4178);
const DEMOED = SCENARIOS.filter((s) => s.tables.length > 0 && s.id !== 'big-table');

/**
 * With a display: Chromium opens with the extension, one tab per simulated console and the options page;
 * close the browser to end. Without one (or DEMO_HEADLESS=1): walks every console, pages through the
 * tables, and writes screenshots and the exported CSV to ./screenshots.
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
    console.log('Chromium is open with the extension: each tab is a console under its real host. Close the browser to end the demo.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
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
  server.close();
  console.log(`No display: walked ${DEMOED.length} simulated consoles headless. Written:\n${written.map((f) => `  ${f}`).join('\n')}`);
});
