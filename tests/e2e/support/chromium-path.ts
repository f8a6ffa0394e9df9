import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * Flags for Debian's Chromium on these machines: no sandbox as root, and no background traffic (the
 * network is closed; Chromium would otherwise retry its services many times a second).
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--lang=zh-CN',
] as const;
