/** Why a typed server address is refused; the options page words each one. */
export type ServerUrlProblem = 'empty' | 'invalid' | 'scheme' | 'credentials' | 'path';

export type ServerUrlResult =
  | { ok: true; /** scheme://host[:port], the base every request is built on */ url: string; /** the match pattern of the host permission */ pattern: string }
  | { ok: false; reason: ServerUrlProblem };

/**
 * Checks the CouchDB server address typed in options › 团队同步: http(s) only, and nothing but the
 * origin, since the host permission is asked for that origin alone and the account is entered apart
 * (a user:password@ in the address would be stored in plain text). A trailing slash is allowed.
 */
export function parseServerUrl(input: string): ServerUrlResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: false, reason: /^[a-z0-9.-]+(:\d+)?(\/.*)?$/i.test(text) ? 'scheme' : 'invalid' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Not an address at all: the page says so with what was typed.
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]$/.test(text)) return { ok: false, reason: 'path' };
  if (url.hostname === '') return { ok: false, reason: 'invalid' };
  return { ok: true, url: url.origin, pattern: `${url.origin}/*` };
}
