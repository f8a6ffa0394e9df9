import type { Page } from '@playwright/test';

/** From the app's switch-start mark (set in the picker's change handler) to its agent-switched mark. */
export async function agentSwitchMs(page: Page, key: string): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('kefu:agent-switched')[0]?.startTime ?? -1);
  await page.getByTestId('agent-select').selectOption(key);
  const handle = await page.waitForFunction(
    (previous) => {
      const done = performance.getEntriesByName('kefu:agent-switched')[0];
      const start = performance.getEntriesByName('kefu:agent-switch-start')[0];
      return done && start && done.startTime !== previous ? done.startTime - start.startTime : undefined;
    },
    before,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}
