/**
 * browser.i18n for every unit and component test: the fake browser of wxt/testing has no i18n, so
 * getMessage reads the real locale files (lib/i18n/locales) as the build writes them. Tests see the
 * words users see (zh-CN unless a test switches), and a missing key shows as ''.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages } from '../../tools/locale-files';

type Messages = Record<string, { message: string }>;

const loaded = new Map<string, Messages>([
  ['zh_CN', await chromeMessages('zh_CN')],
  ['en', await chromeMessages('en')],
]);
let locale = 'zh_CN';

/** Makes another locale file (a third language) available to setUiLocale. */
export async function loadLocale(next: string): Promise<void> {
  const id = next.replace('-', '_');
  if (!loaded.has(id)) loaded.set(id, await chromeMessages(id));
}

/** The browser UI language the stand-in answers in: 'zh-CN', 'en', or a locale loaded with loadLocale. */
export function setUiLocale(next: string): void {
  const id = next.replace('-', '_');
  if (!loaded.has(id)) throw new Error(`locale ${id} is not loaded: await loadLocale('${id}') first`);
  locale = id;
}

export function uiLocale(): string {
  return locale.replace('_', '-');
}

/** chrome.i18n.getMessage's substitution: $1…$9 from the list, `$$` a dollar sign. */
function substitute(message: string, substitutions: string | string[] | undefined): string {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : (list[Number(mark) - 1] ?? '')));
}

/** Puts the stand-in on the fake browser (again after fakeBrowser.reset()). */
export function installI18nStandIn(): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getUILanguage = () => uiLocale();
  i18n.getMessage = (key, substitutions) => {
    const message = loaded.get(locale)?.[key]?.message;
    return message === undefined ? '' : substitute(message, substitutions);
  };
}
