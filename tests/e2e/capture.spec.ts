import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { routeConsoles } from '../fixtures/route-consoles';
import { SCENARIOS, findTableFrame, rowsOnPage, type Scenario, type ScenarioTable } from '../fixtures/scenarios/index';
import { downloadText, openOptions, parseCsv, storedRecords, type CsvRow } from './support/stored-data';
import { guardNetwork } from './support/network-guard';
import { expectedPeriod } from './support/expected-period';
import type { ValueRecord } from '../../lib/model/schemas/records';

// Every simulated console: capture without a click, through every page, then check the exported CSV cell by cell.
const CAPTURED = SCENARIOS.filter((s) => s.tables.length > 0 && s.id !== 'big-table');

let session: ExtensionSession;
test.afterEach(async () => {
  await session?.close();
});

async function valuesFor(session: ExtensionSession): Promise<ValueRecord[]> {
  return (await storedRecords(await openOptions(session.context, session.extensionId))).values;
}

/** Waits until every row of `rows` is stored with the expected value for every metric of the table. */
async function expectRowsStored(table: ScenarioTable, rows: ScenarioTable['rows'], period: { start: string; end: string }) {
  await expect
    .poll(
      async () => {
        const stored = await valuesFor(session);
        const missing: string[] = [];
        for (const row of rows) {
          for (const metric of table.metrics) {
            const hit = stored.find((v) => v.label === row.label && v.metric === metric && v.periodStart === period.start && v.periodEnd === period.end);
            if (!hit) missing.push(`${row.label}/${metric}`);
          }
        }
        return missing;
      },
      { timeout: 15_000, message: `rows of ${table.title} stored` },
    )
    .toEqual([]);
}

function csvKey(r: { period_start: string; period_end: string; agent: string; metric: string }) {
  return `${r.period_start}|${r.period_end}|${r.agent}|${r.metric}`;
}

for (const scenario of CAPTURED) {
  test(`captures ${scenario.id}: ${scenario.title}`, async () => {
    session = await launchWithExtension();
    const network = await guardNetwork(session.context);
    await routeConsoles(session.context);
    const period = expectedPeriod(scenario.period);
    const page = await session.context.newPage();
    await page.goto(scenario.url);

    for (const table of scenario.tables) {
      if (table.show) await table.show(page);
      const frame = await findTableFrame(page, table);
      await expectRowsStored(table, rowsOnPage(table, 1), period);
      // The confirmation is shown in the table's frame, and takes no room in the page layout.
      const toast = frame.getByTestId('capture-toast');
      await expect(toast).toContainText('已保存');
      await expect(toast).toContainText(table.metrics.length + ' 项指标');
      // The background parsed the cells, and its reply tells the pill how many it could not read.
      const firstPage = new Set(rowsOnPage(table, 1).map((r) => r.label));
      const unread = table.invalidCells.filter((c) => firstPage.has(c.label)).length;
      if (unread > 0) await expect(toast).toContainText(`${unread} 个单元格无法识别`);
      else await expect(toast).not.toContainText('无法识别');
      const hostBox = await frame.locator('kefu-capture-toast').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { w: r.width, h: r.height, pointer: getComputedStyle(el).pointerEvents };
      });
      expect(hostBox).toEqual({ w: 0, h: 0, pointer: 'none' });

      for (let n = 2; n <= table.pageCount; n++) {
        await table.goToPage!(frame, n);
        await expectRowsStored(table, rowsOnPage(table, n), period);
      }
      if (table.sortSelector) {
        const options = await openOptions(session.context, session.extensionId);
        const before = await storedRecords(options);
        await frame.locator(table.sortSelector).first().click();
        await page.waitForTimeout(1500);
        const after = await storedRecords(options);
        // A re-sort adds no values and no duplicate keys (the page may now show other agents, which is a
        // new capture of rows already stored).
        expect(after.values.length).toBe(before.values.length);
        expect(new Set(after.values.map((v) => v.id)).size).toBe(after.values.length);
        expect(after.values.map((v) => [v.id, v.value])).toEqual(expect.arrayContaining(before.values.map((v) => [v.id, v.value])));
      }
    }

    await checkExport(scenario, period);
    const { captures, values } = await storedRecords(await openOptions(session.context, session.extensionId));
    expect(captures.every((c) => c.period.guessed === period.guessed)).toBe(true);
    for (const table of scenario.tables) {
      const warnings = captures.flatMap((c) => c.warnings.map((w) => `${w.row}|${w.metric}|${w.text}`));
      for (const cell of table.invalidCells) expect(warnings).toContain(`${cell.label}|${cell.metric}|${cell.text}`);
    }
    for (const forged of scenario.forgedAgents ?? []) expect(values.filter((v) => v.label.includes(forged))).toEqual([]);
    expect(network.foreign()).toEqual([]);
  });
}

async function checkExport(scenario: Scenario, period: { start: string; end: string }) {
  const options = await openOptions(session.context, session.extensionId);
  const { text, fileName } = await downloadText(options, 'export-csv');
  expect(fileName).toMatch(/\.csv$/);
  const csv = parseCsv(text);
  expect(csv.bom).toBe(true);
  expect(csv.header.slice(0, 5)).toEqual(['period_start', 'period_end', 'agent', 'metric', 'value']);

  const expected = new Map<string, { value: number | null; kind: string }>();
  for (const table of scenario.tables) {
    for (const row of table.rows) {
      for (const metric of table.metrics) {
        expected.set(csvKey({ period_start: period.start, period_end: period.end, agent: row.label, metric }), { value: row.values[metric] ?? null, kind: row.kind });
      }
    }
  }
  const byKey = new Map<string, CsvRow>();
  for (const row of csv.rows) {
    const key = csvKey(row as never);
    expect(byKey.has(key), `one CSV row per latest value: ${key}`).toBe(false);
    byKey.set(key, row);
  }
  expect([...byKey.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, want] of expected) {
    const row = byKey.get(key)!;
    expect({ key, value: row.value === '' ? null : Number(row.value), kind: row.row_kind }).toEqual({ key, value: want.value, kind: want.kind });
  }
}
