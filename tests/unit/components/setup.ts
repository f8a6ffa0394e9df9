// Component tests: the fake browser of wxt/testing (installed by WxtVitest) has no i18n, so getMessage
// reads the real locale files: tests see the texts users see, and a missing key shows as the key.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUiLocale, uiLocale } from './support/ui-locale';

type Messages = Record<string, { message: string }>;

function readMessages(locale: 'zh_CN' | 'en'): Messages {
  return JSON.parse(readFileSync(path.resolve('public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
}

const MESSAGES = { 'zh-CN': readMessages('zh_CN'), en: readMessages('en') };

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
