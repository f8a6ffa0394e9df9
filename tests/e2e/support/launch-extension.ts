import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from './chromium-path';

/** The built extension; EXTENSION_DIR picks another build (a helper building to its own WXT_OUT_DIR). */
export const EXTENSION_DIR = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded; headless unless `headed` (the demo on a display). */
export async function launchWithExtension(
  options: { headed?: boolean; downloadsPath?: string; colorScheme?: 'light' | 'dark'; english?: boolean; extensionDir?: string } = {},
): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kefu-profile-'));
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const args = [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...QUIET_CHROMIUM_ARGS];
  if (!options.headed) args.unshift('--headless=new');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // headless is chosen by --headless=new above: the old headless mode cannot load extensions
    args,
    locale: options.english ? 'en-US' : 'zh-CN',
    // LANG must name a locale the machine has (Debian images hold only C.UTF-8): under a missing one Chromium
    // falls back to ASCII file names and saves 客服月度考核-2026-10.xlsx as "download". LANGUAGE picks the UI language.
    env: options.english ? { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en' } : { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'zh_CN' },
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
