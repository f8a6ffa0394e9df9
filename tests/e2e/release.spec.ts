import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, type ExtensionSession } from './support/launch-extension';
import { guardNetwork } from './support/network-guard';

// The store archives `npm run zip` wrote (npm test runs it before the e2e tests): what a store reviewer
// or a user who installs from a file gets.
const OUTPUT = path.resolve('.output');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const archive = (kind: string) => path.join(OUTPUT, `kefu-benchmark-${VERSION}-${kind}.zip`);

async function unzipTo(file: string, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(dir, entry.name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
    names.push(entry.name);
  }
  return names;
}

let session: ExtensionSession | undefined;
let unpacked: string | undefined;
test.afterEach(async () => {
  await session?.close();
  session = undefined;
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  unpacked = undefined;
});

test('the Chrome/Edge archive loads in Chromium: worker, popup and side panel in Chinese', async () => {
  unpacked = mkdtempSync(path.join(tmpdir(), 'kefu-zip-'));
  const names = await unzipTo(archive('chrome'), unpacked);
  expect(names).toContain('manifest.json');
  const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as { manifest_version: number; version: string };
  expect(manifest).toMatchObject({ manifest_version: 3, version: VERSION });

  session = await launchWithExtension({ extensionDir: unpacked });
  const network = await guardNetwork(session.context);
  expect(session.serviceWorker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('客服对比留存');
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('empty-state')).toBeVisible();
  expect(network.foreign()).toEqual([]);
});

test('the Firefox archive carries the gecko id, and the sources archive rebuilds without tests or build output', async () => {
  const firefox = await JSZip.loadAsync(readFileSync(archive('firefox')));
  const manifest = JSON.parse(await firefox.file('manifest.json')!.async('string')) as {
    manifest_version: number;
    browser_specific_settings: { gecko: { id: string; strict_min_version: string } };
  };
  expect(manifest.manifest_version).toBe(2);
  expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'kefu-benchmark@local', strict_min_version: '140.0' });

  const sources = Object.keys((await JSZip.loadAsync(readFileSync(archive('sources')))).files);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'lib/build/amo-lint-clean.ts']) {
    expect(sources, needed).toContain(needed);
  }
  const top = new Set(sources.map((name) => name.split('/')[0]));
  for (const absent of ['tests', 'node_modules', '.output', 'test-results', '.git']) expect(top.has(absent), absent).toBe(false);
  // Only the three archives of this version are written: nothing stale is shipped by mistake.
  expect(readdirSync(OUTPUT).filter((f) => f.startsWith(`kefu-benchmark-${VERSION}-`)).sort()).toEqual(
    ['chrome', 'firefox', 'sources'].map((k) => `kefu-benchmark-${VERSION}-${k}.zip`),
  );
});

test('without chrome.sidePanel (360, QQ, Sogou browsers) the popup button opens the same panel in a tab', async () => {
  session = await launchWithExtension();
  // A second tab keeps the browser open when the popup closes itself after opening the panel.
  await session.context.newPage();
  const popup = await session.context.newPage();
  // The API is hidden before any extension script runs, as in a browser that lacks it (Chromium exposes
  // it on both `chrome` and its newer `browser` namespace).
  await popup.addInitScript(() => {
    const g = globalThis as unknown as Record<string, object | undefined>;
    for (const ns of ['chrome', 'browser']) if (g[ns]) Object.defineProperty(g[ns], 'sidePanel', { value: undefined, configurable: true });
  });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const visible = await popup.evaluate(() => {
    const g = globalThis as unknown as Record<string, { sidePanel?: unknown } | undefined>;
    return [g.chrome?.sidePanel, g.browser?.sidePanel];
  });
  expect(visible).toEqual([undefined, undefined]);
  const opened = session.context.waitForEvent('page');
  await popup.getByTestId('popup-open-sidepanel').click();
  const panel = await opened;
  await panel.waitForLoadState();
  expect(panel.url()).toBe(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('empty-state')).toBeVisible();
});
