// Component tests: the fake browser of wxt/testing (installed by WxtVitest) has no i18n, so getMessage
// reads the real locale files (lib/i18n/locales): tests see the texts users see, and a missing key shows as the key.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages } from '../../tools/locale-files';
import { setUiLocale, uiLocale } from './support/ui-locale';

// The messages as the build writes them from lib/i18n/locales (plural forms joined with " | ").
const MESSAGES = { 'zh-CN': await chromeMessages('zh_CN'), en: await chromeMessages('en') };

/** chrome.i18n.getMessage's substitution: $1…$9 from the list, `$$` a dollar sign. */
function substitute(message: string, substitutions: string | string[] | undefined): string {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : (list[Number(mark) - 1] ?? '')));
}

beforeEach(() => {
  setUiLocale('zh-CN');
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getUILanguage = () => uiLocale();
  i18n.getMessage = (key, substitutions) => {
    const message = MESSAGES[uiLocale()][key]?.message;
    return message === undefined ? '' : substitute(message, substitutions);
  };
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
