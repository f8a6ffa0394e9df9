import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}
