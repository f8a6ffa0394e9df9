import type { BrowserContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { ValueRecord, CaptureRecord } from '../../../lib/model/schemas/records';
import { unpackMonth, type ValueMonthRecord } from '../../../lib/db/value-month';

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

/** Every record of one store of the extension's IndexedDB, read raw from an extension page: what is really stored. */
export async function storedAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kefu-benchmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/** Writes one record straight into a store of the extension's IndexedDB (seeding, bypassing the UI). */
export async function putStored(page: Page, store: string, record: unknown): Promise<void> {
  await page.evaluate(
    async ({ name, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kefu-benchmark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(name, 'readwrite');
          tx.objectStore(name).put(value);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: store, value: record },
  );
}

/** The values (unpacked from the raw month records, in value-id order) and the capture log, raw. */
export async function storedRecords(page: Page): Promise<{ values: ValueRecord[]; captures: CaptureRecord[] }> {
  const [months, captures] = await Promise.all([storedAll<ValueMonthRecord>(page, 'valueMonths'), storedAll<CaptureRecord>(page, 'captures')]);
  const values = months.flatMap((m) => unpackMonth(m)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { values, captures };
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
