import { describe, expect, it } from 'vitest';
import { extensionOf, fileKindOf, looksLikeHtml } from '../../../lib/import/file-kind';
import { utf8, workbookBytes } from './make-workbook';

describe('fileKindOf', () => {
  const book = { 客服绩效: [['客服昵称', '咨询人数', '接待人数']] };
  it.each([
    ['an .xlsx (zip)', workbookBytes(book), 'zip'],
    ['a legacy .xls (compound file)', workbookBytes(book, 'biff8'), 'cfb'],
    ['a CSV', utf8('客服昵称,咨询人数\r\n小美,12\r\n'), 'text'],
    ['UTF-16 text with its BOM', new Uint8Array([0xff, 0xfe, 0x2e, 0x5b, 0x0d, 0x00]), 'text'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary'],
    ['a PDF with binary streams', new Uint8Array([...utf8('%PDF-1.7\n'), 0x00, 0x01, 0x02]), 'binary'],
  ] as const)('%s → %s', (_what, bytes, kind) => {
    expect(fileKindOf(bytes)).toBe(kind);
  });
});

describe('extensionOf', () => {
  it.each([
    ['客服绩效_20261120_20261126.xlsx', 'xlsx'],
    ['C:\\下载\\报表.XLS', 'xls'],
    ['拼多多客服数据.2026-11-25.csv', 'csv'],
    ['README', ''],
    ['.hidden', ''],
  ])('%s → %s', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });
});

describe('looksLikeHtml', () => {
  it('tells an HTML table saved as .xls from a CSV', () => {
    expect(looksLikeHtml('  <html><body><table><tr><td>客服</td></tr></table>')).toBe(true);
    expect(looksLikeHtml('<TABLE border=1><tr><td>客服</td>')).toBe(true);
    expect(looksLikeHtml('客服昵称,咨询人数\n小美,<12>')).toBe(false);
  });
});
