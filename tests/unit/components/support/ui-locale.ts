/** The browser UI language the i18n stub (tests/unit/components/setup.ts) answers in: zh-CN unless a test switches. */
export type UiLocale = 'zh-CN' | 'en';

let locale: UiLocale = 'zh-CN';

export function setUiLocale(next: UiLocale): void {
  locale = next;
}

export function uiLocale(): UiLocale {
  return locale;
}
