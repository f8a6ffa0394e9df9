import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, QUIET_CHROMIUM_ARGS } from '../../e2e/support/chromium-path';
import { EXTENSION_SNAPSHOT } from './paths';

export interface BenchBrowser {
  context: BrowserContext;
  /** Set when the built extension is loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

/**
 * Chromium on a fresh on-disk profile (IndexedDB on disk as in the field), with or without the extension
 * snapshot (snapshotExtension()) and otherwise the same flags, so an A/B comparison differs only by the extension.
 */
export async function launchChromium(options: { extension?: boolean; extraArgs?: string[] } = {}): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kefu-bench-'));
  const args = [
    '--headless=new',
    ...QUIET_CHROMIUM_ARGS,
    ...(options.extension ? [`--disable-extensions-except=${EXTENSION_SNAPSHOT}`, `--load-extension=${EXTENSION_SNAPSHOT}`] : []),
    ...(options.extraArgs ?? []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // headless comes from --headless=new: the old headless mode cannot load extensions
    args,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 860 },
  });
  let extensionId: string | undefined;
  if (options.extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
