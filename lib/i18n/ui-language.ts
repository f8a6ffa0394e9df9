import { browser } from 'wxt/browser';

/** Messages built in lib/ carry zh-CN and English text; the UI picks by the browser's language. */
export function prefersChinese(): boolean {
  const lang = browser.i18n?.getUILanguage?.() ?? navigator.language;
  return lang.toLowerCase().startsWith('zh');
}

export function pick(texts: { zh: string; en: string }): string {
  return prefersChinese() ? texts.zh : texts.en;
}
