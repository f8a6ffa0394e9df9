import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { monthCsv, monthExportFileName, monthXlsx, xmlSafe } from '../../../lib/io/month-export-files';
import { type ExportTable, monthExportTable } from '../../../lib/io/month-export-table';
import { monthRulesTable } from '../../../lib/io/month-rules-table';
import { enWords, zhWords } from '../support/words';
import { novemberReview } from './month-export-fixture';

const table = monthExportTable(novemberReview(), zhWords);
const rules = monthRulesTable(novemberReview(), zhWords);
const NAMES = { review: '月度考核', rules: '规则说明' };

/** A formula-like nickname and a control character a console might leave in a name. */
const hostile: ExportTable = {
  header: ['店铺', '客服', '得分'],
  rows: [
    ['=1+1', '@SUM(A1:A2)', -3.5],
    ['+店', "'小", 0],
    ['店\u0001铺', '-', null],
  ],
};

/** Every part of the zip as text, by name. */
function zipParts(bytes: ArrayBuffer): Map<string, string> {
  const zip = XLSX.CFB.read(new Uint8Array(bytes), { type: 'array' }) as { FullPaths: string[]; FileIndex: { content: Uint8Array; type: number }[] };
  const parts = new Map<string, string>();
  zip.FullPaths.forEach((path, i) => {
    const entry = zip.FileIndex[i]!;
    if (entry.type === 2 && path.endsWith('.xml') || path.endsWith('.rels')) parts.set(path.replace('Root Entry/', ''), new TextDecoder().decode(Uint8Array.from(entry.content)));
  });
  return parts;
}

/** The sheet as rows of values, with empty cells as null, the way the table holds them. */
function sheetRows(sheet: XLSX.WorkSheet): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null, blankrows: true, raw: true });
}

describe('monthExportFileName', () => {
  it('names the file by the month in the UI language', () => {
    expect(monthExportFileName('2026-11', 'xlsx', zhWords)).toBe('客服月度考核-2026-11.xlsx');
    expect(monthExportFileName('2026-11', 'csv', zhWords)).toBe('客服月度考核-2026-11.csv');
    expect(monthExportFileName('2026-11', 'xlsx', enWords)).toBe('agent-monthly-review-2026-11.xlsx');
  });
});

describe('monthCsv', () => {
  const csv = monthCsv(table);

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(csv.split('\r\n')).toHaveLength(table.rows.length + 2);
  });

  it('parses back (PapaParse) to the table: numbers as written, missing as empty', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data.slice(0, -1);
    expect(parsed[0]).toEqual(table.header);
    const expected = table.rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
    expect(parsed.slice(1)).toEqual(expected);
    expect(parsed[1]!.slice(0, 8)).toEqual(['旗舰店', '小美', '售前', '99', '20', '是', '2', '60000']);
  });

  it('neutralises formula-like text and keeps negative numbers as numbers', () => {
    const parsed = Papa.parse<string[]>(monthCsv(hostile).slice(1)).data;
    expect(parsed[1]).toEqual(["'=1+1", "'@SUM(A1:A2)", '-3.5']);
    expect(parsed[2]).toEqual(["'+店", "''小", '0']);
    expect(parsed[3]![1]).toBe("'-");
  });
});

describe('monthXlsx', async () => {
  const bytes = await monthXlsx(table, rules, NAMES);
  const book = XLSX.read(bytes, { type: 'array' });

  it('has the review and the rules as two sheets', () => {
    expect(book.SheetNames).toEqual(['月度考核', '规则说明']);
  });

  it('holds the table cell by cell, numbers as number cells', () => {
    const sheet = book.Sheets['月度考核']!;
    expect(sheetRows(sheet)).toEqual([table.header, ...table.rows]);
    expect(sheet['A2']).toMatchObject({ t: 's', v: '旗舰店' });
    expect(sheet['D2']).toMatchObject({ t: 'n', v: 99 });
    expect(sheet['AB2']).toMatchObject({ t: 'n', v: 75 }); // 得分
    expect(sheet['AD2']).toMatchObject({ t: 'n', v: 600 }); // 提成
    let numbers = 0;
    for (const row of table.rows) for (const cell of row) if (typeof cell === 'number') numbers++;
    const numberCells = Object.keys(sheet).filter((k) => !k.startsWith('!') && (sheet[k] as XLSX.CellObject).t === 'n');
    expect(numberCells).toHaveLength(numbers);
  });

  it('holds the rules sheet cell by cell', () => {
    const rows = sheetRows(book.Sheets['规则说明']!);
    // Trailing empty cells of a row are not stored: compare each row up to its own length.
    const expected = [rules.header, ...rules.rows];
    expect(rows).toHaveLength(expected.length);
    expected.forEach((row, i) => expect(rows[i]!.slice(0, row.length)).toEqual(row));
  });

  it('sets column widths and a filter on the header row, and freezes it', () => {
    // SheetJS reads widths only when asked for styles.
    const sheet = XLSX.read(bytes, { type: 'array', cellStyles: true }).Sheets['月度考核']!;
    expect(sheet['!cols']).toHaveLength(table.header.length);
    expect(sheet['!cols']![1]!.wch).toBe(10); // 客服: 团队均值 (8) + 2
    expect(sheet['!cols']![3]!.wch).toBe(11); // 回复率(%): 9 + 2
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:AF3' });
    const xml = zipParts(bytes).get('xl/worksheets/sheet1.xml')!;
    expect(xml).toContain('<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toMatch(/<col min="2" max="2" width="[\d.]+"/);
  });

  it('writes formula-like text as text, never a formula, and drops characters XML forbids', async () => {
    const hostileBook = XLSX.read(await monthXlsx(hostile, rules, NAMES), { type: 'array', cellFormula: true });
    const sheet = hostileBook.Sheets['月度考核']!;
    expect(sheet['A2']).toMatchObject({ t: 's', v: '=1+1' });
    expect(sheet['A2']!.f).toBeUndefined();
    expect(sheet['B2']).toMatchObject({ t: 's', v: '@SUM(A1:A2)' });
    expect(sheet['C2']).toMatchObject({ t: 'n', v: -3.5 });
    expect(sheet['A4']).toMatchObject({ t: 's', v: '店铺' });
    expect(xmlSafe('a\u0000b\uFFFEc\uD800d😀')).toBe('abcd😀');
  });

  it('writes every XML part of the zip well-formed, with no character XML 1.0 forbids', async () => {
    const parts = zipParts(await monthXlsx(hostile, rules, NAMES));
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml']));
    for (const [name, xml] of parts) {
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml), name).toBe(false);
      expect(xml.startsWith('<?xml'), name).toBe(true);
    }
  });
});
