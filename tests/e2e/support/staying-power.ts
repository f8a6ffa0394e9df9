import type { BrowserContext, Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from './launch-extension';

/** A plain 千牛-hosted comparison table: `agents` rows × 4 metrics for one day, values fixed by the row. */
export const PLAIN_TABLE = { url: 'https://myseller.taobao.com/staying/team', day: '2026-11-25', metrics: 4 } as const;

export function plainTableHtml(agents: number): string {
  const rows = Array.from({ length: agents }, (_, i) => {
    const n = i + 1;
    return `<tr><td>旗舰店:客服${String(n).padStart(3, '0')}</td><td>${100 + n}</td><td>${(30 + (n % 50) / 2).toFixed(2)}%</td><td>${10 + (n % 40)}</td><td>${(90 + (n % 10) / 2).toFixed(2)}%</td></tr>`;
  }).join('');
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>客服绩效</title></head><body>' +
    `<div>统计日期：${PLAIN_TABLE.day}</div>` +
    '<table><thead><tr><th>客服</th><th>咨询人数</th><th>询单转化率</th><th>平均响应时间(秒)</th><th>回复率</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></body></html>`
  );
}

/** Serves the plain table under its console host (no network). */
export async function routePlainTable(context: BrowserContext, agents: number): Promise<void> {
  await context.route(PLAIN_TABLE.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: plainTableHtml(agents) }));
}

/**
 * Stops every service worker of the profile at once, as Chrome does to an idle extension worker after 30 s
 * (DevTools protocol: ServiceWorker.stopAllWorkers, sent through any page's session). The next runtime
 * message starts the worker again.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Holds a read-write transaction on the capture log from an extension page until released: the
 * background's capture write queues behind it (IndexedDB runs one writer at a time), so a worker stopped
 * meanwhile is stopped in the middle of a capture, before it could commit or answer.
 */
export async function holdCaptureWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kefu-benchmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction(['captures', 'valueMonths', 'snapshots'], 'readwrite').objectStore('captures');
    const state = { hold: true };
    // A transaction stays open while it has requests: keep asking until released.
    const spin = () => {
      if (state.hold) store.count().onsuccess = spin;
      else db.close();
    };
    spin();
    (globalThis as unknown as { releaseCaptureWrites: () => void }).releaseCaptureWrites = () => (state.hold = false);
  });
  return () => page.evaluate(() => (globalThis as unknown as { releaseCaptureWrites: () => void }).releaseCaptureWrites());
}

/**
 * A copy of the built extension without the `unlimitedStorage` permission. With it, Chromium's IndexedDB
 * does not check the origin's quota at all, so DevTools' Storage.overrideQuotaForOrigin (how a test makes
 * the storage "full") has no effect; without it, a write over the overridden quota aborts with a real
 * QuotaExceededError. Everything else is the shipped build.
 */
export function buildWithoutUnlimitedStorage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-quota-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Counts of what is stored, read raw from an extension page. */
export async function storedCounts(page: Page): Promise<{ captures: number; snapshots: number; valueMonths: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kefu-benchmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (name: string) =>
      new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    try {
      return { captures: await count('captures'), snapshots: await count('snapshots'), valueMonths: await count('valueMonths') };
    } finally {
      db.close();
    }
  });
}

/**
 * Records every text the capture pill shows in this page (from the page's own world: the pill's shadow
 * root is open), so a test can tell "saved at once" from "failed, then saved on a later scan".
 */
export async function recordToasts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { kefuToasts: string[] }).kefuToasts = seen;
    const watchHost = (host: Element) => {
      const root = host.shadowRoot;
      if (!root) return;
      const note = () => {
        const toast = root.querySelector('.toast');
        if (toast?.textContent) seen.push(toast.textContent);
      };
      new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
      note();
    };
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.localName === 'kefu-capture-toast') watchHost(n);
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { kefuToasts: string[] }).kefuToasts.slice());
}
