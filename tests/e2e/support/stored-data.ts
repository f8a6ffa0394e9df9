import type { BrowserContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { ValueRecord, CaptureRecord } from '../../../lib/db/records';

export function optionsUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/options.html`;
}

/** Opens (or reuses) the options page: the extension origin, where the IndexedDB lives. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const existing = context.pages().find((p) => p.url().startsWith(optionsUrl(extensionId)));
  if (existing) return existing;
  const page = await context.newPage();
  await page.goto(optionsUrl(extensionId));
  await page.getByTestId('export-csv').waitFor();
  return page;
}

/** Raw IndexedDB reads from the extension origin: what is really stored, independent of the UI code. */
export async function storedRecords(page: Page): Promise<{ values: ValueRecord[]; captures: CaptureRecord[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kefu-benchmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const [values, captures] = await Promise.all([all<ValueRecord>('values'), all<CaptureRecord>('captures')]);
    db.close();
    return { values, captures };
  });
}

export type CsvRow = Record<string, string>;

/** Clicks a download button on the options page and returns the file's text. */
export async function downloadText(page: Page, testId: string): Promise<{ text: string; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { text: readFileSync(path, 'utf8'), fileName: download.suggestedFilename() };
}

export function parseCsv(text: string): { bom: boolean; header: string[]; rows: CsvRow[] } {
  const bom = text.charCodeAt(0) === 0xfeff;
  const parsed = Papa.parse<CsvRow>(bom ? text.slice(1) : text, { header: true, skipEmptyLines: true });
  return { bom, header: parsed.meta.fields ?? [], rows: parsed.data };
}
