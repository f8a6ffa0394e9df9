import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { routeConsoles } from '../fixtures/route-consoles';
import { downloadText, openOptions, parseCsv, storedRecords } from './support/stored-data';
import { captureScenario } from './support/capture-scenario';
import { scenarioById } from '../fixtures/scenarios/index';
import { guardNetwork } from './support/network-guard';

let session: ExtensionSession;
let network: { foreign: () => string[] };
test.beforeEach(async () => {
  session = await launchWithExtension();
  network = await guardNetwork(session.context);
  await routeConsoles(session.context);
});
test.afterEach(async () => {
  expect(network.foreign(), 'requests to hosts other than the routed consoles').toEqual([]);
  await session?.close();
});

async function importFile(page: import('@playwright/test').Page, name: string, content: string | Buffer, mimeType = 'text/plain') {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-status', /ok|error/);
  return result;
}

async function wipe(page: import('@playwright/test').Page) {
  await page.getByTestId('wipe-data').click();
  await page.getByTestId('wipe-confirm').click();
  await expect(page.getByTestId('stat-values')).toHaveText('0');
}

test('export, wipe and import give identical data, for the JSON backup and for the CSV', async () => {
  await captureScenario(session, 'chitu-fusion');
  await captureScenario(session, 'jd-aria');
  const options = await openOptions(session.context, session.extensionId);
  const before = await storedRecords(options);
  expect(before.values.length).toBeGreaterThan(100);
  expect(before.values.some((v) => v.value === null)).toBe(true); // missing stays missing
  expect(before.values.some((v) => v.rowKind === 'team_average')).toBe(true);

  const csv = await downloadText(options, 'export-csv');
  const backup = await downloadText(options, 'export-json');
  expect(backup.fileName).toMatch(/\.json$/);

  // Cancelling the confirmation wipes nothing.
  await options.getByTestId('wipe-data').click();
  await options.getByTestId('wipe-cancel').click();
  expect((await storedRecords(options)).values.length).toBe(before.values.length);

  await wipe(options);
  expect(await storedRecords(options)).toEqual({ values: [], captures: [] });

  const restored = await importFile(options, backup.fileName, backup.text, 'application/json');
  await expect(restored).toHaveAttribute('data-status', 'ok');
  expect(await storedRecords(options)).toEqual(before);
  expect((await downloadText(options, 'export-csv')).text).toBe(csv.text);

  await wipe(options);
  const fromCsv = await importFile(options, csv.fileName, csv.text, 'text/csv');
  await expect(fromCsv).toHaveAttribute('data-status', 'ok');
  await expect(fromCsv).toContainText(String(before.values.length));
  const again = parseCsv((await downloadText(options, 'export-csv')).text).rows;
  const key = (r: Record<string, string>) => [r.period_start, r.period_end, r.agent, r.metric, r.value, r.unit, r.row_kind, r.captured_at].join('|');
  expect(again.map(key)).toEqual(parseCsv(csv.text).rows.map(key));
});

test('malformed import files get a clear message saying where, and nothing stored changes', async () => {
  await captureScenario(session, 'pdd-plain');
  const options = await openOptions(session.context, session.extensionId);
  const before = await storedRecords(options);
  const header = 'period_start,period_end,agent,metric,value';
  const cases: Array<{ name: string; content: string | Buffer; expect: RegExp }> = [
    { name: 'bad-value.csv', content: `\uFEFF${header}\n2026-11-20,2026-11-20,店:小美,reply_rate,98\n2026-11-20,2026-11-20,店:阿杰,reply_rate,九十八\n`, expect: /第 3 行.*value/ },
    { name: 'bad-metric.csv', content: `${header}\n2026-11-20,2026-11-20,店:小美,reply_ratio,98\n`, expect: /第 2 行.*metric.*reply_ratio/ },
    { name: 'bad-date.csv', content: `${header}\n2026-02-30,2026-02-30,店:小美,reply_rate,98\n`, expect: /第 2 行.*period_start/ },
    { name: 'no-columns.csv', content: 'period_start,agent\n2026-11-20,小美\n', expect: /period_end|value|metric/ },
    { name: 'broken.json', content: '{"format": "kefu-benchmark-backup", "values": [', expect: /JSON/ },
    { name: 'other.json', content: JSON.stringify({ format: 'something-else', values: [] }), expect: /format/ },
    { name: 'picture.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), expect: /无法识别|不是/ },
  ];
  for (const c of cases) {
    const result = await importFile(options, c.name, c.content);
    await expect(result, c.name).toHaveAttribute('data-status', 'error');
    await expect(result, c.name).toContainText(c.expect);
    expect(await storedRecords(options), c.name).toEqual(before);
  }
});

test('pages without comparison tables, and forged page messages, store nothing', async () => {
  const page = await session.context.newPage();
  await page.goto(scenarioById('non-comparison').url);
  await page.goto(scenarioById('garbage').url);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __forgeries?: number }).__forgeries ?? 0)).toBeGreaterThan(20);
  const options = await openOptions(session.context, session.extensionId);
  await expect.poll(async () => (await storedRecords(options)).values.length).toBeGreaterThan(0);
  await page.waitForTimeout(2000);
  const { values, captures } = await storedRecords(options);
  expect(values.filter((v) => v.label.includes('伪造'))).toEqual([]);
  expect(new Set(values.map((v) => v.sourceKey)).size).toBe(1);
  expect(captures.every((c) => c.source.frameUrl.startsWith('https://sycm.taobao.com/qos/garbage.html'))).toBe(true);
});

test('a guessed period is marked and can be corrected in options', async () => {
  await captureScenario(session, 'jd-aria');
  const options = await openOptions(session.context, session.extensionId);
  const row = options.getByTestId('capture-row').first();
  await expect(row.getByTestId('period-guessed')).toBeVisible();
  await row.getByTestId('correct-period').click();
  await row.getByTestId('correct-period-start').fill('2026-11-23');
  await row.getByTestId('correct-period-end').fill('2026-11-23');
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByTestId('correct-period-result')).toContainText('2026-11-23');
  await expect(row.getByTestId('period-corrected')).toBeVisible();
  await expect(row.getByTestId('period-guessed')).toHaveCount(0);
  const { values } = await storedRecords(options);
  expect(values.length).toBeGreaterThan(0);
  expect(values.every((v) => v.periodStart === '2026-11-23' && v.periodEnd === '2026-11-23' && !v.periodGuessed)).toBe(true);
});
