// @vitest-environment happy-dom
import * as XLSX from '@e965/xlsx';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MonthExportButtons } from '@/components/sidepanel/MonthExportButtons';
import { novemberReview } from '../../io/month-export-fixture';

/** What the browser was asked to save: the link's file name and the blob behind it. */
let saved: { name: string; blob: Blob }[] = [];
let blobs = new Map<string, Blob>();

beforeEach(() => {
  saved = [];
  blobs = new Map();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('MonthExportButtons', () => {
  test('导出 CSV saves 客服月度考核-2026-11.csv with the BOM and the agents’ rows', async () => {
    render(<MonthExportButtons review={novemberReview()} />);
    await userEvent.click(screen.getByTestId('month-export-csv'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('客服月度考核-2026-11.csv');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]!.startsWith('店铺,客服,岗位,回复率(%),')).toBe(true);
    expect(lines[1]!.startsWith('旗舰店,小美,售前,99,20,是,2,60000,20,3000,')).toBe(true);
    expect(screen.getByTestId('month-export-result').dataset.status).toBe('ok');
  });

  test('导出 Excel saves 客服月度考核-2026-11.xlsx with both sheets', async () => {
    render(<MonthExportButtons review={novemberReview()} />);
    expect(screen.getByTestId('month-export-xlsx').textContent).toBe('导出 Excel');
    await userEvent.click(screen.getByTestId('month-export-xlsx'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('客服月度考核-2026-11.xlsx');
    const book = XLSX.read(new Uint8Array(await saved[0]!.blob.arrayBuffer()), { type: 'array' });
    expect(book.SheetNames).toEqual(['月度考核', '规则说明']);
    const sheet = book.Sheets['月度考核']!;
    expect(sheet['B2']).toMatchObject({ t: 's', v: '小美' });
    expect(sheet['AB2']).toMatchObject({ t: 'n', v: 75 });
    expect(sheet['AD2']).toMatchObject({ t: 'n', v: 600 });
  });

  test('both buttons are disabled with the reason when the month has no agent', () => {
    render(<MonthExportButtons review={{ ...novemberReview(), rows: [] }} />);
    for (const id of ['month-export-xlsx', 'month-export-csv']) {
      const button = screen.getByTestId(id) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.title).toBe('这个月还没有客服数据，没有可导出的内容。');
    }
  });

  test('a failed write says so and leaves the buttons usable', async () => {
    vi.mocked(URL.createObjectURL).mockImplementation(() => {
      throw new Error('磁盘已满');
    });
    render(<MonthExportButtons review={novemberReview()} />);
    await userEvent.click(screen.getByTestId('month-export-csv'));
    const result = await screen.findByRole('alert');
    expect(result.textContent?.trim()).toBe('导出失败（磁盘已满），数据没有任何改动，可以再试一次。');
    expect((screen.getByTestId('month-export-csv') as HTMLButtonElement).disabled).toBe(false);
  });
});
