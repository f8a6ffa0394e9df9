/**
 * The extension's t and say() over the real locale files in Node: @wxt-dev/i18n's own code with a
 * browser.i18n stand-in under it. Import this module before anything that imports wxt/browser: the
 * browser object is taken from globalThis.chrome when it first loads.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage } from './locale-files';
import { sayWith, type Text } from '../../lib/i18n/text';
import type { t as Translate } from '../../lib/i18n/translate';

let getMessage: (key: string, substitutions?: string | string[]) => string = () => '';
let uiLanguage = 'zh-CN';
const g = globalThis as { chrome?: { i18n?: unknown } };
const i18nStandIn = { getMessage: (key: string, subs?: string | string[]) => getMessage(key, subs), getUILanguage: () => uiLanguage };
g.chrome = { ...g.chrome, i18n: i18nStandIn };
// Under WxtVitest the browser object is wxt/testing's fake browser, whose i18n is not implemented.
Object.assign(fakeBrowser.i18n, i18nStandIn);
const { createI18n } = await import('@wxt-dev/i18n');
const t = createI18n().t as unknown as typeof Translate;

/** Switches the stand-in to a locale of lib/i18n/locales ('zh_CN', 'en', …) and returns the typed t and say(). */
export async function localeOf(locale: string): Promise<{ t: typeof Translate; say: (text: Text) => string }> {
  getMessage = await fakeGetMessage(locale);
  uiLanguage = locale.replace('_', '-');
  return { t, say: sayWith(t) };
}
