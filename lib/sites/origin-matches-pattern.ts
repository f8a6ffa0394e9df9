/** True when `origin` (`https://kf.topchitu.com`) is matched by a match pattern's scheme and host (`https://*.topchitu.com/*`). */
export function originMatchesPattern(origin: string, pattern: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//i.exec(pattern);
  if (!m) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const scheme = m[1]!.toLowerCase();
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'https' && protocol !== 'http' : protocol !== scheme) return false;
  const host = m[2]!.toLowerCase().replace(/:\d+$/, '');
  const actual = url.hostname.toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return actual === base || actual.endsWith(`.${base}`);
  }
  return actual === host;
}
