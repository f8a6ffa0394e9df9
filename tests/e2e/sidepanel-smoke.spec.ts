import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { openOptions, putStored } from './support/stored-data';
import { EXPECTED_ALERTS, EXPECTED_WEAKEST, LAST_DAY, teamHistoryCsv } from '../fixtures/history/team-history';

/**
 * The side panel on an imported history: empty state first, then the team view's test hooks, a drawn
 * chart with its target line, an agent switch. SHOTS_DIR=/tmp/… also saves screenshots of each state.
 */
const SHOTS = process.env.SHOTS_DIR;
const variants = [
  { name: 'zh-light', colorScheme: 'light' as const, english: false },
  { name: 'en-dark', colorScheme: 'dark' as const, english: true },
];

async function shot(page: Page, name: string, fullPage = false) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

for (const variant of variants) {
  test(`side panel: ${variant.name}`, async () => {
    const session: ExtensionSession = await launchWithExtension({ colorScheme: variant.colorScheme, english: variant.english });
    try {
      const panelUrl = `chrome-extension://${session.extensionId}/sidepanel.html`;
      const problems: string[] = [];
      session.context.on('page', (page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      });
      const panel = await session.context.newPage();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.goto(panelUrl);
      await expect(panel.getByTestId('empty-state')).toBeVisible();
      await shot(panel, `${variant.name}-empty`);

      const options = await openOptions(session.context, session.extensionId);
      await options.getByTestId('import-file').setInputFiles({ name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(teamHistoryCsv(), 'utf8') });
      await expect(options.getByTestId('import-result')).toHaveAttribute('data-status', 'ok');

      // Live: the open panel leaves the empty state without a reload.
      await expect(panel.getByTestId('team-table')).toBeVisible();
      await expect(panel.getByTestId('period-select')).toHaveValue(`${LAST_DAY}|${LAST_DAY}`);
      for (const [agent, metric] of Object.entries(EXPECTED_WEAKEST)) {
        await expect(panel.locator(`[data-testid="weakest-metric"][data-agent="${agent}"]`)).toHaveAttribute('data-metric', metric);
      }
      const alerts = panel.locator('[data-testid="trend-alert"]');
      await expect(alerts).toHaveCount(EXPECTED_ALERTS.length);
      for (const { agent, metric } of EXPECTED_ALERTS) {
        await expect(panel.locator(`[data-testid="trend-alert"][data-agent="${agent}"][data-metric="${metric}"]`)).toHaveCount(1);
      }
      await shot(panel, `${variant.name}-team-narrow`);
      await panel.setViewportSize({ width: 1280, height: 900 });
      await shot(panel, `${variant.name}-team-wide`);
      await panel.setViewportSize({ width: 420, height: 900 });

      // Sorting by a header button sets aria-sort.
      const replyHeader = panel.locator('th', { has: panel.getByRole('button', { name: variant.english ? 'Reply rate' : '回复率' }) });
      await replyHeader.getByRole('button').click();
      await expect(replyHeader).toHaveAttribute('aria-sort', 'descending');

      // Open an agent from the table: the weakest metric's chart comes first with its target line.
      await panel.locator('[data-testid="team-row"][data-agent="旗舰店:小林"] .agent-link').click();
      await expect(panel).toHaveURL(/#agent=/);
      const chart = panel.getByTestId('trend-chart').first();
      await expect(chart).toHaveAttribute('data-rendered', 'true');
      await expect(chart).toHaveAttribute('data-metric', 'reply_rate');
      const targetY = Number(await chart.getAttribute('data-target-y'));
      expect(targetY).toBeGreaterThan(0);
      // The target line's colour sits on the canvas at data-target-y.
      const hit = await chart.evaluate((box, y) => {
        const canvas = box.querySelector('canvas')!;
        const ratio = canvas.width / canvas.clientWidth;
        const ctx = canvas.getContext('2d')!;
        const target = getComputedStyle(document.documentElement).getPropertyValue('--chart-target').trim();
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.fillStyle = target;
        probe.fillRect(0, 0, 1, 1);
        const [tr, tg, tb] = probe.getImageData(0, 0, 1, 1).data;
        let found = 0;
        // One read of the whole row (many single-pixel reads make Chromium warn).
        const row = ctx.getImageData(0, Math.round(y * ratio), canvas.width, 1).data;
        for (let x = Math.round(canvas.width * 0.3); x < canvas.width * 0.9; x += 4) {
          const [r = 0, g = 0, b = 0] = row.subarray(x * 4, x * 4 + 3);
          if (Math.abs(r - tr!) + Math.abs(g - tg!) + Math.abs(b - tb!) < 60) found++;
        }
        return found;
      }, targetY);
      expect(hit).toBeGreaterThan(10);
      expect(await panel.evaluate(() => performance.getEntriesByName('kefu:first-chart').length)).toBe(1);
      await expect(panel.getByTestId('weakest-hint')).toHaveAttribute('data-metric', 'reply_rate');
      await shot(panel, `${variant.name}-agent`);
      await panel.locator('.trends').scrollIntoViewIfNeeded();
      await panel.evaluate(() => document.querySelector('.trends')!.scrollIntoView());
      await expect(panel.locator('[data-testid="trend-chart"][data-rendered="true"]')).not.toHaveCount(1);
      await shot(panel, `${variant.name}-agent-charts`);
      await panel.evaluate(() => window.scrollTo(0, 0));

      // Switch agents with the picker.
      await panel.getByTestId('agent-select').selectOption('旗舰店:小美');
      await expect(panel.getByTestId('agent-name')).toHaveAttribute('data-agent', '旗舰店:小美');
      await expect(panel.getByTestId('trend-chart').first()).toHaveAttribute('data-metric', 'first_response_time');
      await expect.poll(() => panel.evaluate(() => performance.getEntriesByName('kefu:agent-switched').length)).toBe(1);
      const switchMs = await panel.evaluate(() => {
        const start = performance.getEntriesByName('kefu:agent-switch-start').pop()!;
        const end = performance.getEntriesByName('kefu:agent-switched').pop()!;
        return end.startTime - start.startTime;
      });
      console.log(`${variant.name}: agent switch ${switchMs.toFixed(1)} ms`);

      // Opening on a hash goes straight to that agent; arrow keys move between tabs.
      const direct = await session.context.newPage();
      await direct.setViewportSize({ width: 420, height: 900 });
      await direct.goto(`${panelUrl}#agent=${encodeURIComponent('旗舰店:售后阿花')}`);
      await expect(direct.getByTestId('trend-chart').first()).toHaveAttribute('data-rendered', 'true');
      await expect(direct.getByTestId('trend-chart').first()).toHaveAttribute('data-metric', 'positive_review_rate');
      const firstChart = await direct.evaluate(() => performance.getEntriesByName('kefu:first-chart')[0]?.startTime ?? -1);
      console.log(`${variant.name}: first chart at ${firstChart.toFixed(1)} ms`);
      await direct.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(direct.locator('[data-testid="trend-chart"][data-rendered="true"]')).not.toHaveCount(1);
      await direct.evaluate(() => window.scrollTo(0, 0));
      await shot(direct, `${variant.name}-agent-aftersale`);
      await direct.getByTestId('tab-agent').focus();
      await direct.keyboard.press('ArrowLeft');
      await expect(direct.getByTestId('tab-team')).toHaveAttribute('aria-selected', 'true');
      await expect(direct.getByTestId('tab-team')).toBeFocused();
      await expect(direct.getByTestId('team-table')).toBeVisible();

      // An agent marked "me" opens on their own view, under the display name, live.
      await putStored(direct, 'agents', { key: '旗舰店:小美', aliases: [], isMe: true, role: 'presale', displayName: '美美' });
      const mine = await session.context.newPage();
      await mine.setViewportSize({ width: 420, height: 900 });
      await mine.goto(panelUrl);
      await expect(mine.getByTestId('agent-name')).toHaveAttribute('data-agent', '旗舰店:小美');
      await expect(mine.getByTestId('agent-name')).toContainText('美美');
      await expect(mine.getByTestId('tab-agent')).toHaveAttribute('aria-selected', 'true');
      expect(problems.filter((p) => p.includes('/sidepanel.html'))).toEqual([]);
    } finally {
      await session.close();
    }
  });
}
