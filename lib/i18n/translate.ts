import { browser } from 'wxt/browser';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * browser.i18n with plain string keys (messages live in public/_locales; zh_CN is the default locale).
 * A missing key shows the key itself, so a gap is visible instead of an empty label.
 */
export const t: Translate = (key, substitutions) => {
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
};
