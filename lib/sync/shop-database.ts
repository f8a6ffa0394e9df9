/**
 * Which CouchDB database holds a shop, and which records belong to a shop. CouchDB database names are
 * lowercase letters, digits and _$()+-/, starting with a letter, at most 238 characters; shop names are
 * Chinese text, so the name carries the shop key's UTF-8 bytes in lowercase base32 (RFC 4648, no padding):
 * reversible, and the same in the setup script (scripts/sync-setup.mjs repeats these few lines).
 */

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
export const SHOP_DATABASE_PREFIX = 'kefu-shop-';
const MAX_NAME = 238;

function base32OfText(textValue: string): string {
  let out = '';
  let bits = 0;
  let buffer = 0;
  for (const byte of new TextEncoder().encode(textValue)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/** The shop's database name; throws on an empty shop key or one too long for CouchDB (≈140 Chinese characters). */
export function shopDatabaseName(shop: string): string {
  return databaseNameOf(SHOP_DATABASE_PREFIX, shop, 'shopDatabaseName', 'shop key');
}

/** `prefix` + the trimmed text in base32; throws, naming `caller` and what the text is, when it is empty or too long. */
export function databaseNameOf(prefix: string, text: string, caller: string, what: string): string {
  const key = text.trim();
  if (key === '') throw new Error(`${caller}: empty ${what}`);
  const name = prefix + base32OfText(key);
  if (name.length > MAX_NAME) throw new Error(`${caller}: ${what} too long for a CouchDB name: "${key}"`);
  return name;
}

/** The shop part of an agent text (`店铺:昵称` → `店铺`); null for a benchmark row (汇总, 均值 …) or a bare nickname. */
export function shopOfLabel(label: string): string | null {
  const at = label.indexOf(':');
  return at > 0 ? label.slice(0, at).trim() : null;
}
