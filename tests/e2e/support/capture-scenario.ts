import { expect, type Page } from '@playwright/test';
import type { ExtensionSession } from './launch-extension';
import { findTableFrame, rowsOnPage, scenarioById } from '../../fixtures/scenarios/index';
import { openOptions, storedRecords } from './stored-data';

/** Opens a scenario and waits until the first page of each of its tables is stored; returns the console page. */
export async function captureScenario(session: ExtensionSession, id: string): Promise<Page> {
  const scenario = scenarioById(id);
  const page = await session.context.newPage();
  await page.goto(scenario.url);
  const options = await openOptions(session.context, session.extensionId);
  for (const table of scenario.tables) {
    if (table.show) await table.show(page);
    await findTableFrame(page, table);
    // Each row with each of this table's metrics: rows alone would count a second table's agents as stored
    // when the first table named them too, and the scenario would end before that table's capture.
    const cells = rowsOnPage(table, 1).flatMap((r) => table.metrics.map((m) => `${r.label}|${m}`));
    await expect
      .poll(async () => {
        const stored = new Set((await storedRecords(options)).values.map((v) => `${v.label}|${v.metric}`));
        return cells.filter((c) => !stored.has(c));
      }, { timeout: 15_000 })
      .toEqual([]);
  }
  return page;
}
