/**
 * The locale files of lib/i18n/locales as Node reads them (tests and tools; the extension gets the
 * _locales/<locale>/messages.json that @wxt-dev/i18n builds from them). Locales are discovered from the
 * folder: adding a language is adding a file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../lib/i18n/locales');
/** manifest.default_locale: the file the typed keys are generated from. */
export const DEFAULT_LOCALE = 'zh_CN';

const LOCALE_FILE = /^(.+)\.(ya?ml|json5?|jsonc|toml)$/;

/** Every locale file in lib/i18n/locales: `{ locale: 'en', file: '/…/en.yml' }`. */
export function localeFiles(dir = LOCALES_DIR): { locale: string; file: string }[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const m = LOCALE_FILE.exec(name);
      return m ? [{ locale: m[1]!, file: path.join(dir, name) }] : [];
    })
    .sort((a, b) => a.locale.localeCompare(b.locale));
}

export type ParsedMessages = Awaited<ReturnType<typeof parseMessagesFile>>;

/** One locale's messages as the module parses them (keys, substitutions, plural forms). */
export function parsedMessages(locale: string, dir = LOCALES_DIR): Promise<ParsedMessages> {
  const found = localeFiles(dir).find((f) => f.locale === locale);
  if (!found) throw new Error(`no locale file for ${locale} in ${dir}`);
  return parseMessagesFile(found.file);
}

/** One locale's messages.json as the browser gets it: `{ key: { message } }`, plurals joined by " | ". */
export async function chromeMessages(locale: string, dir = LOCALES_DIR): Promise<Record<string, { message: string }>> {
  return generateChromeMessages(await parsedMessages(locale, dir));
}

/**
 * browser.i18n.getMessage over one locale's built messages, as Chrome answers it: $1…$9 substituted,
 * $$ kept as $, '' for an unknown key. Install it as globalThis.chrome before importing code that uses t().
 */
export async function fakeGetMessage(locale: string, dir = LOCALES_DIR): Promise<(key: string, substitutions?: string | string[]) => string> {
  const messages = await chromeMessages(locale, dir);
  return (key, substitutions) => {
    const message = messages[key]?.message;
    if (message === undefined) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
  };
}
