import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { downloadText, parseCsv, storedRecords, type CsvRow } from './support/stored-data';
import { optionsPagePerTest } from './support/options-session';
import { unguardCell } from '../../lib/io/csv-formula-guard';
import {
  BAD_EMPTY,
  BAD_HUGE,
  BAD_NO_AGENT,
  BAD_PNG,
  BAD_TRUNCATED,
  CHITU_EXPORT,
  CHITU_EXPORT_NO_PERIOD,
  CHITU_KPI_DECIMAL,
  CHITU_KPI_PERCENT,
  DAILY_EXPORT,
  DOUDIAN_EXPORT,
  JD_WORKLOAD_EXPORT,
  PDD_EXPORT_GBK,
  PDD_EXPORT_UTF8,
  PDD_SALES_XLS,
  PDD_SHEET0_EXPORT,
  SYCM_EXPORT,
  SYCM_EXPORT_XLS,
  SYCM_SUMMARY_EXPORT,
  type ExpectedValue,
  type ExportFixture,
} from '../fixtures/exports';

// Console report files imported through the options page: preview (periods, agents, metrics), confirm,
// then the exported CSV must hold every expected value of the fixtures, cell by cell. Re-importing and
// bad files must leave IndexedDB exactly as it was.

const SHOTS = '/tmp/shots-j2';
/** The sticky section nav would cover the top of an element screenshot. */
const UNSTICK_NAV = '.options-nav { position: static !important; }';
const start = optionsPagePerTest();

/** Cancels an open preview, so the next one found is the next batch's. */
async function closePreview(page: Page): Promise<void> {
  if (await page.getByTestId('import-preview').isVisible()) await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
}

/** Picks several files at once on the import input, as buffers under their real names. */
async function pick(page: Page, fixtures: readonly ExportFixture[]): Promise<void> {
  await closePreview(page);
  const files = fixtures.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes()) }));
  await page.getByTestId('import-file').setInputFiles(files);
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
}

/**
 * Drops files on the import area, as a user dragging them from the file manager. The bytes travel
 * gzipped and are unpacked by the page (a 50 MB file is over setInputFiles' buffer limit, and slow
 * through the protocol as it is).
 */
async function drop(page: Page, fixtures: readonly ExportFixture[]): Promise<void> {
  await closePreview(page);
  const packed = fixtures.map((f) => ({ name: f.name, gzip: gzipSync(f.bytes()).toString('base64') }));
  await page.getByTestId('import-drop').evaluate(async (zone, files) => {
    const transfer = new DataTransfer();
    for (const { name, gzip } of files) {
      const packedBlob = await (await fetch(`data:application/gzip;base64,${gzip}`)).blob();
      const bytes = await new Response(packedBlob.stream().pipeThrough(new DecompressionStream('gzip'))).blob();
      transfer.items.add(new File([bytes], name));
    }
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, packed);
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
}

function fileCard(page: Page, fixture: ExportFixture): Locator {
  return page.locator(`[data-testid="import-preview-file"][data-name="${fixture.name}"]`);
}

/** The preview says what the fixture says: period, agents, benchmarks, metrics (decimal rates), ignored headers, values. */
async function expectPreviewOf(page: Page, fixture: ExportFixture): Promise<void> {
  const card = fileCard(page, fixture);
  await expect(card, fixture.id).toHaveAttribute('data-status', 'ready');
  await expect(card.getByTestId('import-file-error')).toHaveCount(0);
  for (const expected of fixture.sheets) {
    const sheet = card.locator(`[data-testid="import-preview-sheet"][data-sheet="${expected.sheet}"]`);
    const where = `${fixture.id} / ${expected.sheet}`;
    await expect(sheet, where).toContainText(`表头在第 ${expected.headerRow} 行`);
    const period = sheet.getByTestId('import-period');
    await expect(period, where).toHaveAttribute('data-kind', expected.period.kind);
    if (expected.period.kind === 'needed') {
      await expect(period.getByTestId('import-period-start')).toHaveValue('');
      await expect(period.getByTestId('import-period-end')).toHaveValue('');
    } else {
      await expect(period, where).toHaveAttribute('data-start', expected.period.start);
      await expect(period, where).toHaveAttribute('data-end', expected.period.end);
      const range = expected.period.start === expected.period.end ? expected.period.start : `${expected.period.start} 至 ${expected.period.end}`;
      await expect(period, where).toContainText(range);
      if (expected.period.kind === 'date-column') await expect(period, where).toContainText(`来自日期列：${expected.period.days} 天`);
      else await expect(period, where).toContainText('来自文件名');
    }
    const agents = sheet.getByTestId('import-agents');
    await expect(agents, where).toHaveAttribute('data-count', String(expected.agents.length));
    await expect(agents, where).toContainText(`${expected.agents.length} 人：`);
    await expect(agents, where).toContainText(expected.agents[0]!);
    const benchmarks = sheet.getByTestId('import-benchmarks');
    await expect(benchmarks, where).toHaveAttribute('data-count', String(expected.benchmarks.length));
    for (const b of expected.benchmarks) await expect(benchmarks, where).toContainText(b.label);
    const metrics = sheet.getByTestId('import-metrics');
    expect(await metrics.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-metric'))), where).toEqual(expected.metrics);
    for (const id of expected.decimalRates) await expect(metrics.locator(`li[data-metric="${id}"]`), `${where} ${id}`).toContainText('小数比率');
    const decimalMarked = await metrics.locator('li').filter({ hasText: '小数比率' }).count();
    expect(decimalMarked, `${where}: only the decimal-rate columns are marked`).toBe(expected.decimalRates.length);
    // Every column left out is named with why: unrecognised, the same metric as an earlier column, or no metric.
    if (expected.leftOut.length === 0) await expect(sheet.getByTestId('import-ignored'), where).toHaveCount(0);
    else {
      const leftOut = sheet.getByTestId('import-ignored').locator('li');
      expect(await leftOut.evaluateAll((items) => items.map((li) => [li.querySelector('b')?.textContent ?? '', li.getAttribute('data-reason') ?? ''])), where).toEqual(
        expected.leftOut.map((l) => [l.header, l.reason]),
      );
      for (const [i, l] of expected.leftOut.entries()) await expect(leftOut.nth(i), `${where} ${l.header}`).toContainText(LEFT_OUT_TEXT[l.reason]);
    }
    const roles = sheet.getByTestId('import-roles');
    if (expected.roleColumn === null) await expect(roles, where).toHaveCount(0);
    else {
      await expect(sheet, where).toContainText(`岗位（来自“${expected.roleColumn}”列）`);
      for (const role of ['presale', 'aftersale'] as const) {
        const labels = expected.roles.filter((r) => r.role === role).map((r) => r.label);
        const group = roles.locator(`[data-role="${role}"]`);
        if (labels.length === 0) await expect(group, where).toHaveCount(0);
        else {
          await expect(group, where).toHaveAttribute('data-labels', JSON.stringify(labels));
          await expect(group, where).toContainText(`${role === 'presale' ? '售前' : '售后'} ${labels.length} 人：`);
        }
      }
    }
    await expect(sheet.getByTestId('import-value-count'), where).toHaveAttribute('data-count', String(expected.valueCount));
  }
  for (const skipped of fixture.skippedSheets) await expect(card.getByTestId('import-skipped-sheets'), fixture.id).toContainText(skipped);
}

/** The start of each left-out reason as the Chinese preview words it. */
const LEFT_OUT_TEXT = { unrecognised: '不是可识别的指标', duplicate_metric: '是同一指标', not_a_metric: '不是指标' } as const;

/** A hand-typed team sheet with two typos: the preview must point at each cell. */
const TYPO_CSV: ExportFixture = {
  id: 'typo-csv',
  name: '客服数据_2026-11-20.csv',
  bytes: () => new TextEncoder().encode('客服昵称,接待人数,回复率,平均响应时间\r\n旗舰店:小美,120,98.5%,12\r\n旗舰店:阿杰,一百二,97.1%,15\r\n旗舰店:小王,88,98.5%%,11\r\n'),
  imitates: 'custom',
  expected: [],
  sheets: [],
  skippedSheets: [],
};

const keyOf = (periodStart: string, periodEnd: string, label: string, metric: string) => [periodStart, periodEnd, label, metric].join('|');

/**
 * Every expected value is in the exported CSV with its row kind, and the CSV holds nothing else: a
 * missing value is an empty cell (never 0); a number is written exactly as the canonical value (45.67, not 45.669999…).
 */
function expectExported(rows: readonly CsvRow[], expected: readonly ExpectedValue[]): void {
  const byKey = new Map(rows.map((r) => [keyOf(r.period_start!, r.period_end!, unguardCell(r.agent!), r.metric!), r]));
  const wrong: string[] = [];
  for (const e of expected) {
    const key = keyOf(e.periodStart, e.periodEnd, e.label, e.metric);
    const row = byKey.get(key);
    if (!row) {
      wrong.push(`${key}: not exported (expected ${e.value})`);
      continue;
    }
    if (row.row_kind !== e.rowKind) wrong.push(`${key}: row_kind ${row.row_kind}, expected ${e.rowKind}`);
    if (!row.source!.startsWith('file|')) wrong.push(`${key}: source ${row.source}`);
    const ok = e.value === null ? row.value === '' : row.value === String(e.value);
    if (!ok) wrong.push(`${key}: exported "${row.value}", expected ${e.value === null ? 'missing' : e.value}`);
  }
  expect(wrong).toEqual([]);
  expect(rows.length, 'exported rows beyond the expected ones').toBe(expected.length);
}

async function expectNoMissingMessages(page: Page): Promise<void> {
  // t() shows the key itself when a locale lacks it.
  await expect(page.getByTestId('import-preview')).not.toContainText(/importReport|spBench|console[A-Z]/);
}

test('four console exports import through the preview, and the CSV export holds every value; importing them again changes nothing', async () => {
  const page = await start();
  const fixtures = [SYCM_EXPORT, CHITU_EXPORT, DAILY_EXPORT, PDD_EXPORT_GBK];
  const dropZone = page.getByTestId('import-drop');
  await expect(dropZone).toContainText('把导出的报表拖到这里');
  await expect(page.getByTestId('import-file')).toHaveAttribute('accept', /\.xlsx,\.xls,\.csv,\.json/);
  await expect(page.getByTestId('import-file')).toHaveAttribute('multiple', '');

  await pick(page, fixtures);
  for (const f of fixtures) await expectPreviewOf(page, f);
  await expect(fileCard(page, SYCM_EXPORT).getByTestId('import-console')).toHaveAttribute('data-console', 'sycm');
  await expect(fileCard(page, CHITU_EXPORT).getByTestId('import-console')).toHaveAttribute('data-console', 'chitu');
  await expect(fileCard(page, PDD_EXPORT_GBK).getByTestId('import-console')).toHaveAttribute('data-console', 'pinduoduo');
  // GBK decoded, not mojibake: the PDD agents' names read as written.
  await expect(fileCard(page, PDD_EXPORT_GBK).getByTestId('import-agents')).toContainText(PDD_EXPORT_GBK.sheets[0]!.agents[0]!);
  await expect(fileCard(page, PDD_EXPORT_GBK)).not.toContainText('\uFFFD');
  await expectNoMissingMessages(page);
  const expected = fixtures.flatMap((f) => f.expected);
  await expect(page.getByTestId('import-summary')).toContainText(`共 ${expected.length.toLocaleString()} 条数值`);
  expect((await storedRecords(page)).values, 'nothing is written before confirm').toEqual([]);

  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(result).toHaveAttribute('data-files', '4');
  await expect(result).toHaveAttribute('data-values', String(expected.length));
  await expect(page.getByTestId('import-preview')).toHaveCount(0);

  const stored = await storedRecords(page);
  expect(stored.values.length).toBe(expected.length);
  const logged = stored.captures.filter((c) => c.origin === 'file_import');
  expect(logged.map((c) => c.file?.name).sort()).toEqual(fixtures.map((f) => f.name).sort());
  // The capture log names each file it imported.
  await expect(page.getByTestId('capture-origin')).toHaveText(fixtures.map((f) => `报表文件导入：${f.name}`).reverse());

  const exportedText = (await downloadText(page, 'export-csv')).text;
  expectExported(parseCsv(exportedText).rows, expected);

  // The same files again: each is reported as imported before, confirm stays off, the store is unchanged.
  await pick(page, fixtures);
  for (const f of fixtures) {
    await expect(fileCard(page, f)).toHaveAttribute('data-status', 'known');
    await expect(fileCard(page, f).getByTestId('import-already-imported')).toHaveText('已导入过');
  }
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-status', 'unchanged');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect(await storedRecords(page)).toEqual(stored);
  expect((await downloadText(page, 'export-csv')).text).toBe(exportedText);
});

test('a file without a period asks for it; confirm stays disabled until a valid period is entered', async () => {
  const page = await start();
  const fixtures = [CHITU_EXPORT_NO_PERIOD, SYCM_EXPORT_XLS, PDD_EXPORT_UTF8];
  await pick(page, fixtures);
  for (const f of fixtures) await expectPreviewOf(page, f);

  const card = fileCard(page, CHITU_EXPORT_NO_PERIOD);
  const sheetName = CHITU_EXPORT_NO_PERIOD.sheets[0]!.sheet;
  const entered = CHITU_EXPORT_NO_PERIOD.choices![sheetName]!;
  const startInput = card.getByTestId('import-period-start');
  const endInput = card.getByTestId('import-period-end');
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeDisabled();
  await expect(page.getByTestId('import-needs-period')).toContainText('还有 1 张表需要填写统计周期');
  mkdirSync(SHOTS, { recursive: true });
  await page.getByTestId('import-preview').screenshot({ path: `${SHOTS}/preview-zh-light.png`, style: UNSTICK_NAV });

  await startInput.fill(entered.start);
  await expect(confirm, 'only the start date').toBeDisabled();
  await endInput.fill('2026-10-31'); // before the start
  await expect(card).toContainText('晚于结束日期');
  await expect(confirm).toBeDisabled();
  await endInput.fill(entered.end);
  await expect(confirm).toBeEnabled();
  await expect(page.getByTestId('import-needs-period')).toHaveCount(0);
  expect((await storedRecords(page)).values).toEqual([]);

  await confirm.click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  const expected = fixtures.flatMap((f) => f.expected);
  const exported = parseCsv((await downloadText(page, 'export-csv')).text);
  expectExported(exported.rows, expected);
  expect(exported.rows.filter((r) => unguardCell(r.agent!) === CHITU_EXPORT_NO_PERIOD.sheets[0]!.agents[1]).every((r) => r.period_start === entered.start && r.period_end === entered.end)).toBe(true);
});

test('the consoles\' own downloads import cell-exact: 旺旺类型 as role guesses, every left-out column named, BIFF8 named .xlsx, a header over three rows', async () => {
  const page = await start();
  const fixtures = [SYCM_SUMMARY_EXPORT, CHITU_KPI_DECIMAL, CHITU_KPI_PERCENT, PDD_SHEET0_EXPORT, PDD_SALES_XLS, JD_WORKLOAD_EXPORT, DOUDIAN_EXPORT];
  await pick(page, fixtures);
  for (const f of fixtures) await expectPreviewOf(page, f);
  await expectNoMissingMessages(page);
  // Every file is named as the console it came from (the registry's report signatures).
  for (const f of fixtures) {
    await expect(fileCard(page, f).getByTestId('import-console'), f.id).toHaveAttribute('data-console', f.imitates);
  }
  // Why a column is left out, worded: the account behind the nickname, a column the catalog does not know.
  await expect(fileCard(page, DOUDIAN_EXPORT).locator('[data-testid="import-ignored"] li[data-column="B"]')).toContainText('账号名称 第 B 列 不是指标');
  await expect(fileCard(page, PDD_SHEET0_EXPORT).locator('[data-testid="import-ignored"] li[data-reason="unrecognised"]')).toContainText('需要人工回复的咨询人数');
  await expect(fileCard(page, SYCM_SUMMARY_EXPORT).getByTestId('import-roles')).toContainText('手动设置过的岗位不会被改动');

  // JD writes no date: the period is entered.
  const jd = fileCard(page, JD_WORKLOAD_EXPORT);
  const entered = JD_WORKLOAD_EXPORT.choices![JD_WORKLOAD_EXPORT.sheets[0]!.sheet]!;
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await jd.getByTestId('import-period-start').fill(entered.start);
  await jd.getByTestId('import-period-end').fill(entered.end);
  const expected = fixtures.flatMap((f) => f.expected);
  await expect(page.getByTestId('import-summary')).toContainText(`共 ${expected.length.toLocaleString()} 条数值`);
  expect((await storedRecords(page)).values, 'nothing is written before confirm').toEqual([]);

  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(result).toHaveAttribute('data-files', String(fixtures.length));
  await expect(result).toHaveAttribute('data-values', String(expected.length));
  const roles = SYCM_SUMMARY_EXPORT.sheets[0]!.roles;
  await expect(page.getByTestId('import-role-guesses')).toHaveAttribute('data-count', String(roles.length));
  expectExported(parseCsv((await downloadText(page, 'export-csv')).text).rows, expected);

  // The agents list shows each stated role as a guess (the role select itself stays unset).
  for (const want of [roles.find((r) => r.role === 'presale')!, roles.find((r) => r.role === 'aftersale')!]) {
    await page.getByTestId('agent-search').fill(want.label);
    const row = page.locator(`[data-testid="agent-row"][data-agent="${want.label}"]`);
    await expect(row.getByTestId('agent-role-guess'), want.label).toContainText(`${want.role === 'presale' ? '售前' : '售后'}（推测）`);
    await expect(row.getByTestId('agent-role')).toHaveValue('');
  }
});

test('bad files each get a clear message and change nothing; good files of the same batch still import', async () => {
  const page = await start();
  await pick(page, [PDD_EXPORT_UTF8]);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-status', 'ok');
  const before = await storedRecords(page);
  expect(before.values.length).toBe(PDD_EXPORT_UTF8.expected.length);

  const cases: Array<{ fixture: ExportFixture; message: RegExp }> = [
    { fixture: BAD_PNG, message: /不是表格文件/ },
    { fixture: BAD_TRUNCATED, message: /已损坏/ },
    { fixture: BAD_EMPTY, message: /是空的/ },
    { fixture: BAD_NO_AGENT, message: /没有客服数据表/ },
    { fixture: BAD_HUGE, message: /超过 20 MB/ },
  ];
  for (const { fixture, message } of cases) {
    // The big one is dropped on the area: the drop zone is tested too, and no buffer limit applies.
    await (fixture === BAD_HUGE ? drop : pick)(page, [fixture]);
    const card = fileCard(page, fixture);
    await expect(card, fixture.id).toHaveAttribute('data-status', 'error');
    await expect(card.getByTestId('import-file-error'), fixture.id).toContainText(message);
    await expect(card.getByTestId('import-file-error'), fixture.id).toContainText(fixture.name);
    await expect(page.getByTestId('import-result'), fixture.id).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId('import-confirm'), fixture.id).toBeDisabled();
    expect(await storedRecords(page), fixture.id).toEqual(before);
  }

  // One batch of bad files, a known one, a new one and a renamed copy of it: the bad ones are named, the
  // known one and the copy skipped (the copy said to be one), the new one previewed and imported.
  const copy: ExportFixture = { ...PDD_EXPORT_GBK, name: '拼多多客服数据 (1).csv' };
  await pick(page, [BAD_PNG, BAD_TRUNCATED, PDD_EXPORT_GBK, BAD_EMPTY, BAD_NO_AGENT, PDD_EXPORT_UTF8, copy]);
  await expect(fileCard(page, PDD_EXPORT_UTF8)).toHaveAttribute('data-status', 'known');
  await expect(fileCard(page, PDD_EXPORT_UTF8).getByTestId('import-already-imported')).toHaveText('已导入过');
  await expect(fileCard(page, copy)).toHaveAttribute('data-status', 'known');
  await expect(fileCard(page, copy).getByTestId('import-already-imported')).toHaveText('重复文件');
  await expect(fileCard(page, copy)).toContainText(`与本批中的“${PDD_EXPORT_GBK.name}”内容相同，将跳过。`);
  for (const bad of [BAD_PNG, BAD_TRUNCATED, BAD_EMPTY, BAD_NO_AGENT]) await expect(fileCard(page, bad)).toHaveAttribute('data-status', 'error');
  await expectPreviewOf(page, PDD_EXPORT_GBK);
  await expect(page.getByTestId('import-result')).toHaveCount(0);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-files', '1');
  for (const bad of [BAD_PNG, BAD_TRUNCATED, BAD_EMPTY, BAD_NO_AGENT]) await expect(page.getByTestId('import-not-imported')).toContainText(bad.name);
  await expect(page.getByTestId('import-skipped')).toContainText(PDD_EXPORT_UTF8.name);
  await expect(page.getByTestId('import-skipped')).toContainText(copy.name);
  expectExported(parseCsv((await downloadText(page, 'export-csv')).text).rows, [...PDD_EXPORT_UTF8.expected, ...PDD_EXPORT_GBK.expected]);
  expect((await storedRecords(page)).captures.length).toBe(before.captures.length + 1);
});

test('the preview in English and dark, keyboard reachable', async () => {
  const page = await start({ english: true, colorScheme: 'dark' });
  await page.getByTestId('import-file').focus();
  await expect(page.getByTestId('import-file')).toBeFocused();
  // Reached by keyboard, and the picker takes several files. (Pressing Enter to open the native picker is not
  // asserted: intercepting the file chooser raced the key press in about one run in ten.)
  await expect(page.getByTestId('import-file')).toHaveAttribute('multiple', '');
  const batch = [SYCM_EXPORT, CHITU_EXPORT_NO_PERIOD, DAILY_EXPORT, BAD_PNG, TYPO_CSV];
  await page.getByTestId('import-file').setInputFiles(batch.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes()) })));
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.locator('#import-preview-title')).toBeFocused();
  await expect(page.getByTestId('import-preview')).toContainText('Import preview');
  await expect(fileCard(page, SYCM_EXPORT).getByTestId('import-period')).toContainText('2026-11-20 to 2026-11-26');
  await expect(fileCard(page, DAILY_EXPORT).getByTestId('import-period')).toContainText('from the date column: 7 days, each day stored on its own');
  await expect(fileCard(page, CHITU_EXPORT_NO_PERIOD)).toContainText('enter this table');
  await expect(fileCard(page, BAD_PNG).getByTestId('import-file-error')).toContainText('is not a spreadsheet');
  // A left-out column says why in English too: the readable twin of the (秒) column.
  await expect(fileCard(page, SYCM_EXPORT).locator('[data-testid="import-ignored"] li[data-reason="duplicate_metric"]')).toContainText(
    /平均响应时间\s*column G\s*same metric \(.+\) as column F “平均响应时间\(秒\)”; only the earlier column is imported/,
  );
  await expect(fileCard(page, SYCM_EXPORT).locator('[data-testid="import-ignored"] li[data-column="A"]')).toContainText('序号 column A not a metric');
  // Cells that cannot be read are listed with row, column, text and reason (and stored as missing).
  const problems = fileCard(page, TYPO_CSV).getByTestId('import-problems');
  await expect(problems).toHaveAttribute('data-count', '2');
  await expect(problems.locator('tbody tr').nth(0)).toContainText(/^3\s*B\s*一百二\s*.+$/);
  await expect(problems.locator('tbody tr').nth(1)).toContainText(/^4\s*C\s*98.5%%\s*.+$/);
  await expectNoMissingMessages(page);
  // No Chinese UI text (file, sheet and agent names aside).
  await expect(page.getByTestId('import-preview')).not.toContainText(/导入预览|统计周期|识别的指标|表头在第|来自文件名/);
  mkdirSync(SHOTS, { recursive: true });
  await page.getByTestId('import-preview').screenshot({ path: `${SHOTS}/preview-en-dark.png`, style: UNSTICK_NAV });
  // Cancel writes nothing and closes the preview.
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  expect((await storedRecords(page)).values).toEqual([]);
});
