import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { PRESET_SCHEMES } from '../../lib/analysis/scheme-presets';
import { launchWithExtension } from './support/launch-extension';
import { downloadText, openOptions, parseCsv, putStored } from './support/stored-data';

/**
 * The side panel's month view (issue 12) on an imported history: September and October 2026 day by day,
 * plus a whole-month October period for 阿强 (赤兔 月), 42 filler agents so the table is longer than a
 * screen. Every figure is computed by hand below. SHOTS_DIR=dir saves the zh screenshots (view and print).
 */
const SHOTS = process.env.SHOTS_DIR;
const SYCM = 'sycm|https://sycm.taobao.com/qos/service/kefu_performance';
const CHITU = 'chitu|https://kf.topchitu.com/kpi/report';
const UNITS: Record<string, string> = { consult_count: 'count', inquiry_count: 'count', paid_count: 'count', sales_amount: 'yuan', reply_rate: 'percent' };
const MEI = '旗舰店:小美';
const QIANG = '旗舰店:阿强';
const LIN = '二店:小林';
const FILLERS = Array.from({ length: 42 }, (_, i) => `三店:客服${String(i + 1).padStart(2, '0')}`);
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;

function historyCsv(): string {
  const lines: string[] = [];
  const add = (start: string, end: string, agent: string, metric: string, value: number, source = SYCM, kind = 'agent') =>
    lines.push([start, end, agent, metric, value, UNITS[metric], kind, source, source.split('|')[0], `${end}T23:30:00.000Z`, 'false'].join(','));
  for (let d = 1; d <= 20; d++) {
    const o = day('2026-10', d);
    add(o, o, MEI, 'consult_count', 100);
    add(o, o, MEI, 'inquiry_count', 50);
    add(o, o, MEI, 'paid_count', 20);
    add(o, o, MEI, 'sales_amount', 1000);
    add(o, o, MEI, 'reply_rate', d <= 15 ? 99 : 95);
  }
  for (let d = 1; d <= 30; d++) {
    const s = day('2026-09', d);
    add(s, s, MEI, 'consult_count', 100);
    add(s, s, MEI, 'reply_rate', 90);
  }
  for (let d = 1; d <= 10; d++) {
    const o = day('2026-10', d);
    add(o, o, QIANG, 'consult_count', 100);
    add(o, o, QIANG, 'inquiry_count', 10);
    add(o, o, QIANG, 'paid_count', 5);
    add(o, o, QIANG, 'reply_rate', 80);
  }
  add('2026-10-01', '2026-10-31', QIANG, 'reply_rate', 99.5, CHITU);
  add('2026-10-01', '2026-10-31', QIANG, 'inquiry_count', 200, CHITU);
  add('2026-10-01', '2026-10-31', QIANG, 'paid_count', 110, CHITU);
  for (let d = 1; d <= 5; d++) {
    const o = day('2026-10', d);
    add(o, o, LIN, 'consult_count', 40);
    add(o, o, LIN, 'reply_rate', 97);
  }
  for (const f of FILLERS) add('2026-10-03', '2026-10-03', f, 'reply_rate', 91);
  add('2026-10-01', '2026-10-01', '均值', 'consult_count', 80, SYCM, 'team_average');
  const header = 'period_start,period_end,agent,metric,value,unit,row_kind,source,console,captured_at,period_guessed';
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const row = (page: Page, agent: string) => page.locator(`[data-testid="month-row"][data-agent="${agent}"]`);
const cell = (page: Page, agent: string, metric: string) => row(page, agent).locator(`[data-testid="month-value"][data-metric="${metric}"]`);
const num = async (page: Page, agent: string, testId: string) => Number(await row(page, agent).getByTestId(testId).getAttribute('data-value'));

test('month view: month values, days, score, grade, commission; sort, filters, print', async () => {
  test.setTimeout(120_000);
  const session = await launchWithExtension({});
  try {
    const options = await openOptions(session.context, session.extensionId);
    await options.getByTestId('import-file').setInputFiles({ name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(historyCsv(), 'utf8') });
    await expect(options.getByTestId('import-result')).toHaveAttribute('data-status', 'ok');
    // 售前 pays 1 % of 销售额; 售后 keeps the preset. Roles set by hand.
    const presale = structuredClone(PRESET_SCHEMES.presale);
    presale.versions[0]!.commission = [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }];
    await putStored(options, 'schemes', presale);
    for (const [key, role] of [[MEI, 'presale'], [QIANG, 'presale'], [LIN, 'aftersale'], ...FILLERS.map((f) => [f, 'presale'])] as const) {
      await putStored(options, 'agents', { key, role, aliases: [], isMe: false });
    }

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 1280, height: 900 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html#month`);
    const select = panel.getByTestId('month-select');
    // This month so far is the default; September and October are offered.
    const today = new Date();
    const thisMonth = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
    await expect(select).toHaveValue(thisMonth);
    await expect(select.locator('option[value="2026-10"]')).toHaveCount(1);
    await expect(select.locator('option[value="2026-09"]')).toHaveCount(1);
    await select.selectOption('2026-10');
    await expect(row(panel, MEI)).toBeVisible();
    await expect(panel.getByTestId('month-table')).toHaveAttribute('data-changes', 'ready');

    // 小美: 回复率 weighted by 咨询人数 (100 a day): (15 × 99 + 5 × 95) / 20 = 98.0 on 20 / 31 days; passes 98;
    // the 16th–20th (95) missed. 询单转化率 = Σ付款 / Σ询单 = 400 / 1000 = 40 %.
    await expect(cell(panel, MEI, 'reply_rate')).toHaveAttribute('data-value', '98');
    await expect(cell(panel, MEI, 'reply_rate')).toHaveAttribute('data-days', '20');
    await expect(cell(panel, MEI, 'reply_rate').getByTestId('month-missed')).toHaveAttribute('data-value', '5');
    await expect(cell(panel, MEI, 'inquiry_conversion_rate')).toHaveAttribute('data-value', '40');
    await expect(cell(panel, MEI, 'sales_amount')).toHaveAttribute('data-value', '20000');
    await expect(cell(panel, MEI, 'consult_count')).toHaveAttribute('data-days', '20');
    // Score: 回复率 (98 − 90) / (100 − 90) = 80 × 20, 转化率 (40 − 30) / (60 − 30) = 33.33 × 40 → 2,933.3 / 60 = 48.89: no grade.
    expect(await num(panel, MEI, 'month-score')).toBeCloseTo((80 * 20 + (100 / 3) * 40) / 60, 6);
    await expect(row(panel, MEI).getByTestId('month-grade')).toHaveAttribute('data-value', '');
    // Commission: 1 % of the month's 销售额 20 × 1,000 = 20,000 → 200 yuan.
    expect(await num(panel, MEI, 'month-commission')).toBeCloseTo(200, 9);

    // 阿强: the whole-month capture wins over his days (回复率 80): 99.5 on 31 / 31 days, 转化率 110 / 200 = 55 %.
    await expect(cell(panel, QIANG, 'reply_rate')).toHaveAttribute('data-value', '99.5');
    await expect(cell(panel, QIANG, 'reply_rate')).toHaveAttribute('data-days', '31');
    await expect(cell(panel, QIANG, 'inquiry_conversion_rate')).toHaveAttribute('data-value', '55');
    // Score: 95 × 20 + (55 − 30) / 30 = 83.33 × 40 → 5,233.3 / 60 = 87.22 → 银牌; no 销售额 → no commission.
    expect(await num(panel, QIANG, 'month-score')).toBeCloseTo((95 * 20 + (250 / 3) * 40) / 60, 6);
    await expect(row(panel, QIANG).getByTestId('month-grade')).toHaveAttribute('data-value', '银牌');
    await expect(row(panel, QIANG).getByTestId('month-commission')).toHaveAttribute('data-value', '');

    // 小林 (售后): 回复率 97 on 5 days, the only scored metric: (97 − 90) × 10 = 70 → 铜牌; 5 days missed.
    expect(await num(panel, LIN, 'month-score')).toBeCloseTo(70, 9);
    await expect(row(panel, LIN).getByTestId('month-grade')).toHaveAttribute('data-value', '铜牌');
    await expect(cell(panel, LIN, 'reply_rate')).toHaveAttribute('data-days', '5');

    // 小美's change against September (回复率 90, score (90 − 90) × 10 = 0): ▲ 48.9 points.
    await expect(row(panel, MEI).getByTestId('month-score').getByTestId('month-change')).toContainText('48.9');
    // 均值 pinned under the header: 咨询人数 80 on 1 day.
    await expect(panel.locator('[data-testid="month-benchmark-row"][data-kind="team_average"]')).toContainText('80');

    // The payroll export of October, cell by cell against the figures above (score to 1 decimal, yuan to 2).
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('month-export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('客服月度考核-2026-10.xlsx');
    const book = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
    expect(book.SheetNames).toHaveLength(2);
    const sheet = XLSX.utils.sheet_to_json<(string | number | undefined)[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: undefined });
    const header = sheet[0] as string[];
    const xlsxRow = (name: string | RegExp) => {
      const found = sheet.find((r) => (typeof name === 'string' ? r[1] === name : name.test(String(r[1]))));
      expect(found, String(name)).toBeDefined();
      return (column: string) => found![header.indexOf(column)];
    };
    expect(header.slice(0, 3)).toEqual(['店铺', '客服', '岗位']);
    const mei = xlsxRow('小美');
    expect([mei('店铺'), mei('岗位'), mei('回复率(%)'), mei('回复率(%) 天数'), mei('回复率(%) 达标'), mei('回复率(%) 未达标天数')]).toEqual(['旗舰店', '售前', 98, 20, '是', 5]);
    expect([mei('询单转化率(%)'), mei('得分'), mei('等级'), mei('提成(元)'), mei('较上月得分')]).toEqual([40, 48.9, undefined, 200, 48.9]);
    const qiang = xlsxRow('阿强');
    expect([qiang('回复率(%)'), qiang('回复率(%) 天数'), qiang('询单转化率(%)'), qiang('得分'), qiang('等级'), qiang('提成(元)')]).toEqual([99.5, 31, 55, 87.2, '银牌', undefined]);
    const lin = xlsxRow('小林');
    expect([lin('岗位'), lin('回复率(%)'), lin('回复率(%) 天数'), lin('回复率(%) 未达标天数'), lin('得分'), lin('等级')]).toEqual(['售后', 97, 5, 5, 70, '铜牌']);
    // 45 agents, an empty row, then 均值 with 咨询人数 80.
    expect(sheet.slice(1).filter((r) => typeof r[2] === 'string' && r[2] !== '').length).toBe(45);
    expect(xlsxRow(/均值/)('咨询人数')).toBe(80);
    // The CSV: the same table, with a BOM.
    const csv = await downloadText(panel, 'month-export-csv');
    expect(csv.fileName).toBe('客服月度考核-2026-10.csv');
    const parsed = parseCsv(csv.text);
    expect(parsed.bom).toBe(true);
    expect(parsed.header).toEqual(header);
    const meiCsv = parsed.rows.find((r) => r['客服'] === '小美')!;
    expect([meiCsv['回复率(%)'], meiCsv['询单转化率(%)'], meiCsv['得分'], meiCsv['提成(元)']]).toEqual(['98', '40', '48.9', '200']);

    const keys = () => panel.getByTestId('month-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agent')));
    // Score order: 阿强 87.2, 小林 70, then the fillers ((91 − 90) × 10 = 10 … ) and 小美 48.9 before them.
    expect((await keys()).slice(0, 3)).toEqual([QIANG, LIN, MEI]);
    // Virtualised on screen: fewer rows in the DOM than agents.
    expect((await keys()).length).toBeLessThan(45);
    await shot(panel, 'month-view-zh');

    // Sort by 回复率: 99.5, 98, 97, then 91s; again: ascending.
    const replyHeader = panel.locator('[data-testid="month-table"] thead th', { has: panel.getByRole('button', { name: '回复率' }) });
    await replyHeader.getByRole('button').click();
    await expect(replyHeader).toHaveAttribute('aria-sort', 'descending');
    expect((await keys()).slice(0, 3)).toEqual([QIANG, MEI, LIN]);
    await replyHeader.getByRole('button').click();
    await expect(replyHeader).toHaveAttribute('aria-sort', 'ascending');
    expect((await keys())[0]).toMatch(/^三店:/);

    // Role and shop filters.
    await panel.getByTestId('month-role-filter').selectOption('aftersale');
    await expect(panel.getByTestId('month-row')).toHaveCount(1);
    expect(await keys()).toEqual([LIN]);
    await panel.getByTestId('month-role-filter').selectOption('');
    await panel.getByTestId('month-shop-filter').selectOption('旗舰店');
    await expect(panel.getByTestId('month-row')).toHaveCount(2);
    await panel.getByTestId('month-shop-filter').selectOption('');
    await panel.getByTestId('month-search').fill('小美');
    await expect(panel.getByTestId('month-row')).toHaveCount(1);
    await panel.getByTestId('month-search').fill('');

    // Print: every row in the DOM, no tabs or filters.
    // A4 landscape is ≈ 1,047 CSS px wide, 10 mm margins off: the print screenshot is taken at that width.
    await panel.setViewportSize({ width: 1047 - 76, height: 900 });
    await panel.emulateMedia({ media: 'print' });
    await expect(panel.getByTestId('month-row')).toHaveCount(45);
    await expect(panel.getByTestId('tab-month')).toBeHidden();
    await expect(panel.getByTestId('month-select')).toBeHidden();
    await expect(panel.locator('.month-print-title h1')).toContainText('2026年10月');
    await shot(panel, 'month-print-zh');
    if (SHOTS) await panel.pdf({ path: `${SHOTS}/month-print-zh.pdf`, format: 'A4', landscape: true });
    await panel.emulateMedia({ media: 'screen' });
    await panel.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await keys()).length).toBeLessThan(45);

    // A month without data says so in words.
    await select.selectOption(thisMonth);
    await expect(panel.getByTestId('month-empty')).toBeVisible();
  } finally {
    await session.close();
  }
});
