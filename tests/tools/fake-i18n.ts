/**
 * The extension's t and say() in a chosen locale, for unit tests: the i18n stand-in of
 * tests/unit/setup.ts switched to that locale file (any file in lib/i18n/locales).
 */
import { t } from '../../lib/i18n/translate';
import { sayWith } from '../../lib/i18n/text';
import type { Text } from '../../lib/model/text';
import { loadLocale, setUiLocale } from '../unit/support/ui-locale';

/** Switches the stand-in to a locale of lib/i18n/locales ('zh_CN', 'en', …) and returns the typed t and say(). */
export async function localeOf(locale: string): Promise<{ t: typeof t; say: (text: Text) => string }> {
  await loadLocale(locale);
  setUiLocale(locale);
  return { t, say: sayWith(t) };
}
